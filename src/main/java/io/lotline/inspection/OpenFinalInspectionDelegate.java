package io.lotline.inspection;

import io.lotline.workflow.Workflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the finished lot's final inspection against its product's inspection plan. */
@Component
public class OpenFinalInspectionDelegate implements JavaDelegate {
    private final InspectionService inspections;

    public OpenFinalInspectionDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.openFinal((String) execution.getVariable(Workflow.LOT_NUMBER), execution.getProcessInstanceId());
    }
}
