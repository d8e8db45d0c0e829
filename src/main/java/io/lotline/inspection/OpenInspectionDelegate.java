package io.lotline.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class OpenInspectionDelegate implements JavaDelegate {
    private final InspectionService inspections;

    public OpenInspectionDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.open(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }
}
