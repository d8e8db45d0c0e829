package io.lotline.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class EscalateInspectionDelegate implements JavaDelegate {
    private final InspectionService inspections;

    public EscalateInspectionDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.escalate(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
                (String) execution.getVariable("inspectionSla"));
    }
}
