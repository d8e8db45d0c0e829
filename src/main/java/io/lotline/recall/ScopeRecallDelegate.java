package io.lotline.recall;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Traces the recalled lot forward, holds what is in the plant, and names the customers to notify. */
@Component
public class ScopeRecallDelegate implements JavaDelegate {
    private final RecallService recalls;

    public ScopeRecallDelegate(RecallService recalls) {
        this.recalls = recalls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> customerCodes = recalls.scope((String) execution.getVariable(RecallService.RECALL_NUMBER),
                execution.getProcessInstanceId());
        // transient: the notification step reads the list at once, and the recall's own rows keep the customers
        execution.setVariable(RecallService.CUSTOMER_CODES, Variables.objectValue(customerCodes, true).create());
    }
}
