package io.lotline.production.hold;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RESUME: the batch runs again and the hold closes. */
@Component
public class ResumeBatchDelegate implements JavaDelegate {
    private final HoldService holds;

    public ResumeBatchDelegate(HoldService holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        holds.resume((String) execution.getVariable("holdNumber"), execution.getProcessInstanceId());
    }
}
