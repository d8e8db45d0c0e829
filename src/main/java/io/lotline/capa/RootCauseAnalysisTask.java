package io.lotline.capa;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class RootCauseAnalysisTask implements TaskFormHandler<RootCauseForm> {
    private final CapaService capas;

    public RootCauseAnalysisTask(CapaService capas) {
        this.capas = capas;
    }

    @Override
    public String taskKey() {
        return CapaService.ROOT_CAUSE_TASK;
    }

    @Override
    public Class<RootCauseForm> formType() {
        return RootCauseForm.class;
    }

    @Override
    public void complete(WorkTask task, RootCauseForm form) {
        capas.analyseRootCause(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/capa";
    }
}
