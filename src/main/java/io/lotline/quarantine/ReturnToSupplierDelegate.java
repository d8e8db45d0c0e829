package io.lotline.quarantine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class ReturnToSupplierDelegate implements JavaDelegate {
    private final QuarantineService quarantine;

    public ReturnToSupplierDelegate(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        quarantine.returnToSupplier((Long) execution.getVariable("nonconformanceId"), execution.getProcessInstanceId());
    }
}
