package io.lotline.capa;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class ImplementActionsTask implements TaskFormHandler<ImplementationForm> {
    private final CapaService capas;

    public ImplementActionsTask(CapaService capas) {
        this.capas = capas;
    }

    @Override
    public String taskKey() {
        return CapaService.IMPLEMENT_TASK;
    }

    @Override
    public Class<ImplementationForm> formType() {
        return ImplementationForm.class;
    }

    @Override
    public void complete(WorkTask task, ImplementationForm form) {
        capas.recordImplementation(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/capa";
    }
}
