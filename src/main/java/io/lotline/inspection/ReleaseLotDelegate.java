package io.lotline.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class ReleaseLotDelegate implements JavaDelegate {
    private final InspectionService inspections;

    public ReleaseLotDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.release(execution.getProcessBusinessKey(), (String) execution.getVariable("outcomeReason"),
                execution.getProcessInstanceId());
    }
}
