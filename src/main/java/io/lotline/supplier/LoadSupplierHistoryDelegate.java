package io.lotline.supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the supplier's history into the process, as the inputs of the inspection-stage decision table. */
@Component
public class LoadSupplierHistoryDelegate implements JavaDelegate {
    private final SupplierQualityService supplierQuality;

    public LoadSupplierHistoryDelegate(SupplierQualityService supplierQuality) {
        this.supplierQuality = supplierQuality;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(supplierQuality.stageDecisionInputs(execution.getProcessBusinessKey()));
    }
}
