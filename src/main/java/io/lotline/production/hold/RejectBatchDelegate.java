package io.lotline.production.hold;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** REJECT_BATCH: the batch is REJECTED and the hold closes. */
@Component
public class RejectBatchDelegate implements JavaDelegate {
    private final HoldService holds;

    public RejectBatchDelegate(HoldService holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        holds.rejectBatch((String) execution.getVariable("holdNumber"), execution.getProcessInstanceId());
    }
}
