package io.lotline.inspection;

import io.lotline.supplier.InspectionStage;
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
        // a re-inspection bypasses the stage decision and is inspected in full
        Object stage = execution.getVariable("inspectionStage");
        inspections.open(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
                stage == null ? InspectionStage.NORMAL : InspectionStage.valueOf((String) stage),
                Boolean.TRUE.equals(execution.getVariable("reinspection")));
    }
}
