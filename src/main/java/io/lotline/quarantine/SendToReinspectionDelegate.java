package io.lotline.quarantine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class SendToReinspectionDelegate implements JavaDelegate {
    private final QuarantineService quarantine;

    public SendToReinspectionDelegate(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        quarantine.sendToReinspection((Long) execution.getVariable("nonconformanceId"), execution.getProcessInstanceId());
    }
}
