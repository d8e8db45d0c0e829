package io.lotline.quarantine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The re-test failed: the disposition is decided again, now without the extension. */
@Component
public class ReopenDispositionDelegate implements JavaDelegate {
    private final QuarantineService quarantine;

    public ReopenDispositionDelegate(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        quarantine.retestFailed((Long) execution.getVariable("nonconformanceId"), execution.getProcessInstanceId());
    }
}
