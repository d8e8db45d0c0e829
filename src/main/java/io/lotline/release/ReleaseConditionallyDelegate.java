package io.lotline.release;

import io.lotline.workflow.Workflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CONDITIONAL_RELEASE: the finished lot becomes CONDITIONALLY_RELEASED until the end date. */
@Component
public class ReleaseConditionallyDelegate implements JavaDelegate {
    private final LotReleaseService releases;

    public ReleaseConditionallyDelegate(LotReleaseService releases) {
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        releases.releaseConditionally((String) execution.getVariable(Workflow.LOT_NUMBER), execution.getProcessInstanceId());
    }
}
