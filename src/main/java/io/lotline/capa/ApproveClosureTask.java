package io.lotline.capa;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class ApproveClosureTask implements TaskFormHandler<ClosureForm> {
    private final CapaService capas;

    public ApproveClosureTask(CapaService capas) {
        this.capas = capas;
    }

    @Override
    public String taskKey() {
        return CapaService.CLOSURE_TASK;
    }

    @Override
    public Class<ClosureForm> formType() {
        return ClosureForm.class;
    }

    @Override
    public void complete(WorkTask task, ClosureForm form) {
        capas.approveClosure(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/capa";
    }
}
