package io.lotline.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class ConditionallyReleaseLotDelegate implements JavaDelegate {
    private final ConcessionService concessions;

    public ConditionallyReleaseLotDelegate(ConcessionService concessions) {
        this.concessions = concessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        concessions.conditionallyRelease(execution.getProcessBusinessKey(), (String) execution.getVariable("outcomeReason"),
                execution.getProcessInstanceId());
    }
}
