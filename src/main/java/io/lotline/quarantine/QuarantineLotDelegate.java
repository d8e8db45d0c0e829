package io.lotline.quarantine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends an incoming inspection in quarantine: a FAIL decision, or a rejected concession. */
@Component
public class QuarantineLotDelegate implements JavaDelegate {
    private final QuarantineService quarantine;

    public QuarantineLotDelegate(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean concessionRejected = Boolean.FALSE.equals(execution.getVariable("concessionApproved"));
        quarantine.quarantine(execution.getProcessBusinessKey(),
                concessionRejected ? NonconformanceOrigin.REJECTED_CONCESSION : NonconformanceOrigin.FAILED_INSPECTION,
                (String) execution.getVariable("outcomeReason"), execution.getProcessInstanceId());
    }
}
