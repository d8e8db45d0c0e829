package io.lotline.production.hold;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The decision asked for a CAPA: it is opened, linked to the batch and the hold. */
@Component
public class OpenCapaForHoldDelegate implements JavaDelegate {
    private final HoldService holds;

    public OpenCapaForHoldDelegate(HoldService holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        holds.openCapa((String) execution.getVariable("holdNumber"), execution.getProcessInstanceId());
    }
}
