package io.lotline.quarantine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class SortLotDelegate implements JavaDelegate {
    private final QuarantineService quarantine;

    public SortLotDelegate(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        quarantine.sort((Long) execution.getVariable("nonconformanceId"), execution.getProcessInstanceId());
    }
}
