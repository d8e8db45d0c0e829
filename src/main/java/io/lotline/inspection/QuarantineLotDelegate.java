package io.lotline.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class QuarantineLotDelegate implements JavaDelegate {
    private final InspectionService inspections;

    public QuarantineLotDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.quarantine(execution.getProcessBusinessKey(), (String) execution.getVariable("outcomeReason"),
                execution.getProcessInstanceId());
    }
}
