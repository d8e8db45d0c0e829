package io.lotline.production.hold;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class DecideHoldTask implements TaskFormHandler<HoldDecisionForm> {
    private final HoldService holds;

    public DecideHoldTask(HoldService holds) {
        this.holds = holds;
    }

    @Override
    public String taskKey() {
        return HoldService.DECIDE_TASK;
    }

    @Override
    public Class<HoldDecisionForm> formType() {
        return HoldDecisionForm.class;
    }

    @Override
    public void complete(WorkTask task, HoldDecisionForm form) {
        holds.decide(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/hold";
    }
}
