package io.lotline.inspection;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class PerformInspectionTask implements TaskFormHandler<PerformInspectionForm> {
    private final InspectionService inspections;

    public PerformInspectionTask(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public String taskKey() {
        return InspectionService.PERFORM_TASK;
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
