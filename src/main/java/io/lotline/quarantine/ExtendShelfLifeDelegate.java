package io.lotline.quarantine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gives the lot its signed new expiry date and releases it again. */
@Component
public class ExtendShelfLifeDelegate implements JavaDelegate {
    private final QuarantineService quarantine;

    public ExtendShelfLifeDelegate(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        quarantine.extendShelfLife((Long) execution.getVariable("nonconformanceId"), execution.getProcessInstanceId());
    }
}
