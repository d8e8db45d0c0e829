package io.lotline.inspection;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

/** The lot-release process's final inspection, recorded like an incoming inspection on the same page. */
@Component
public class FinalInspectionTask implements TaskFormHandler<PerformInspectionForm> {
    private final InspectionService inspections;

    public FinalInspectionTask(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public String taskKey() {
        return InspectionService.FINAL_TASK;
    }

    @Override
    public Class<PerformInspectionForm> formType() {
        return PerformInspectionForm.class;
    }

    @Override
    public void complete(WorkTask task, PerformInspectionForm form) {
        inspections.perform(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/inspection";
    }
}
