package io.lotline.approval;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class ApproveConditionalReleaseTask implements TaskFormHandler<ApprovalForm> {
    private final ConcessionService concessions;

    public ApproveConditionalReleaseTask(ConcessionService concessions) {
        this.concessions = concessions;
    }

    @Override
    public String taskKey() {
        return ConcessionService.APPROVAL_TASK;
    }

    @Override
    public Class<ApprovalForm> formType() {
        return ApprovalForm.class;
    }

    @Override
    public void complete(WorkTask task, ApprovalForm form) {
        concessions.decide(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/approval";
    }
}
