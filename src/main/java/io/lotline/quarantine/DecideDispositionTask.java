package io.lotline.quarantine;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class DecideDispositionTask implements TaskFormHandler<DispositionForm> {
    private final QuarantineService quarantine;

    public DecideDispositionTask(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public String taskKey() {
        return QuarantineService.DISPOSITION_TASK;
    }

    @Override
    public Class<DispositionForm> formType() {
        return DispositionForm.class;
    }

    @Override
    public void complete(WorkTask task, DispositionForm form) {
        quarantine.decideDisposition(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/disposition";
    }
}
