package io.lotline.quarantine;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class ReworkLotTask implements TaskFormHandler<ReworkForm> {
    private final QuarantineService quarantine;

    public ReworkLotTask(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public String taskKey() {
        return QuarantineService.REWORK_TASK;
    }

    @Override
    public Class<ReworkForm> formType() {
        return ReworkForm.class;
    }

    @Override
    public void complete(WorkTask task, ReworkForm form) {
        quarantine.recordRework(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/rework";
    }
}
