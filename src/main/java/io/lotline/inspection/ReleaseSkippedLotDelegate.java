package io.lotline.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class ReleaseSkippedLotDelegate implements JavaDelegate {
    private final InspectionService inspections;

    public ReleaseSkippedLotDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.releaseSkipped(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }
}
