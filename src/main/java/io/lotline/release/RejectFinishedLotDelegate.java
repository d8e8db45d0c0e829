package io.lotline.release;

import io.lotline.workflow.Workflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** REJECT: the finished lot becomes REJECTED. */
@Component
public class RejectFinishedLotDelegate implements JavaDelegate {
    private final LotReleaseService releases;

    public RejectFinishedLotDelegate(LotReleaseService releases) {
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        releases.reject((String) execution.getVariable(Workflow.LOT_NUMBER), execution.getProcessInstanceId());
    }
}
