package io.lotline.quarantine;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class RecordNonconformanceTask implements TaskFormHandler<NonconformanceForm> {
    private final QuarantineService quarantine;

    public RecordNonconformanceTask(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public String taskKey() {
        return QuarantineService.RECORD_TASK;
    }

    @Override
    public Class<NonconformanceForm> formType() {
        return NonconformanceForm.class;
    }

    @Override
    public void complete(WorkTask task, NonconformanceForm form) {
        quarantine.recordNonconformance(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/nonconformance";
    }
}
