package io.lotline.inspection;

import io.lotline.workflow.Workflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the re-test of an expired lot in quarantine against its material's inspection plan. */
@Component
public class OpenRetestDelegate implements JavaDelegate {
    private final InspectionService inspections;

    public OpenRetestDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.openRetest((String) execution.getVariable(Workflow.LOT_NUMBER), execution.getProcessInstanceId());
    }
}
