package io.lotline.supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class ApplyInspectionStageDelegate implements JavaDelegate {
    private final SupplierQualityService supplierQuality;

    public ApplyInspectionStageDelegate(SupplierQualityService supplierQuality) {
        this.supplierQuality = supplierQuality;
    }

    @Override
    public void execute(DelegateExecution execution) {
        supplierQuality.applyStage(execution.getProcessBusinessKey(),
                InspectionStage.valueOf((String) execution.getVariable("inspectionStage")), execution.getProcessInstanceId());
    }
}
