package io.lotline.inspection;

import org.springframework.stereotype.Component;

/** The incoming-inspection process's inspection of a received lot. */
@Component
public class PerformInspectionTask extends InspectionTaskHandler {
    public PerformInspectionTask(InspectionService inspections) {
        super(inspections);
    }

    @Override
    public String taskKey() {
        return InspectionService.PERFORM_TASK;
    }
}
