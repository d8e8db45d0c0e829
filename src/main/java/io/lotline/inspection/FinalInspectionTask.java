package io.lotline.inspection;

import org.springframework.stereotype.Component;

/** The lot-release process's final inspection of a finished lot. */
@Component
public class FinalInspectionTask extends InspectionTaskHandler {
    public FinalInspectionTask(InspectionService inspections) {
        super(inspections);
    }

    @Override
    public String taskKey() {
        return InspectionService.FINAL_TASK;
    }
}
