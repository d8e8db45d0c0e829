package io.lotline.quarantine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class ReleaseFromHoldDelegate implements JavaDelegate {
    private final QuarantineService quarantine;

    public ReleaseFromHoldDelegate(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        quarantine.returnHeldLot((Long) execution.getVariable("nonconformanceId"),
                (String) execution.getVariable("releaseReason"), execution.getProcessInstanceId());
    }
}
