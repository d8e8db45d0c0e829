package io.lotline.environment;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class DecideExcursionTask implements TaskFormHandler<ExcursionDecisionForm> {
    private final ExcursionService excursions;

    public DecideExcursionTask(ExcursionService excursions) {
        this.excursions = excursions;
    }

    @Override
    public String taskKey() {
        return ExcursionService.DECIDE_TASK;
    }

    @Override
    public Class<ExcursionDecisionForm> formType() {
        return ExcursionDecisionForm.class;
    }

    @Override
    public void complete(WorkTask task, ExcursionDecisionForm form) {
        excursions.decide(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/excursion";
    }
}
