package io.lotline.inspection;

import org.springframework.stereotype.Component;

/** The quarantine process's re-test of an expired lot. */
@Component
public class RetestTask extends InspectionTaskHandler {
    public RetestTask(InspectionService inspections) {
        super(inspections);
    }

    @Override
    public String taskKey() {
        return InspectionService.RETEST_TASK;
    }
}
