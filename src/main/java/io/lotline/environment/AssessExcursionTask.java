package io.lotline.environment;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class AssessExcursionTask implements TaskFormHandler<AssessmentForm> {
    private final ExcursionService excursions;

    public AssessExcursionTask(ExcursionService excursions) {
        this.excursions = excursions;
    }

    @Override
    public String taskKey() {
        return ExcursionService.ASSESS_TASK;
    }

    @Override
    public Class<AssessmentForm> formType() {
        return AssessmentForm.class;
    }

    @Override
    public void complete(WorkTask task, AssessmentForm form) {
        excursions.assess(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/excursion";
    }
}
