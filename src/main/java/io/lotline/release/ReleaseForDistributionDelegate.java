package io.lotline.release;

import io.lotline.workflow.Workflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RELEASE: the finished lot becomes RELEASED. */
@Component
public class ReleaseForDistributionDelegate implements JavaDelegate {
    private final LotReleaseService releases;

    public ReleaseForDistributionDelegate(LotReleaseService releases) {
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        releases.release((String) execution.getVariable(Workflow.LOT_NUMBER), execution.getProcessInstanceId());
    }
}
