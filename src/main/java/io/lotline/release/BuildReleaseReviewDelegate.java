package io.lotline.release;

import io.lotline.workflow.Workflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the production record review the release starts from. */
@Component
public class BuildReleaseReviewDelegate implements JavaDelegate {
    private final LotReleaseService releases;

    public BuildReleaseReviewDelegate(LotReleaseService releases) {
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        releases.recordReview((String) execution.getVariable(Workflow.LOT_NUMBER), execution.getProcessInstanceId());
    }
}
