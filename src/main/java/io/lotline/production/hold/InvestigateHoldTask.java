package io.lotline.production.hold;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class InvestigateHoldTask implements TaskFormHandler<InvestigationForm> {
    private final HoldService holds;

    public InvestigateHoldTask(HoldService holds) {
        this.holds = holds;
    }

    @Override
    public String taskKey() {
        return HoldService.INVESTIGATE_TASK;
    }

    @Override
    public Class<InvestigationForm> formType() {
        return InvestigationForm.class;
    }

    @Override
    public void complete(WorkTask task, InvestigationForm form) {
        holds.investigate(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/hold";
    }
}
