package io.lotline.quarantine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends an incoming or final inspection that decided SPLIT: the accepted part goes on, the rejected part to quarantine. */
@Component
public class SplitInspectedLotDelegate implements JavaDelegate {
    private final QuarantineService quarantine;

    public SplitInspectedLotDelegate(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        quarantine.splitAtInspection(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }
}
