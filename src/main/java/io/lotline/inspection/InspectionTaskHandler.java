package io.lotline.inspection;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;

/** Every inspection task (incoming, final, re-test) is recorded with the same form on the same page. */
abstract class InspectionTaskHandler implements TaskFormHandler<PerformInspectionForm> {
    private final InspectionService inspections;

    InspectionTaskHandler(InspectionService inspections) {
        this.inspections = inspections;
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
