package io.lotline.production.hold;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SCRAP_CAVITY: the named cavities' parts are scrapped, then the batch resumes. */
@Component
public class ScrapCavitiesDelegate implements JavaDelegate {
    private final HoldService holds;

    public ScrapCavitiesDelegate(HoldService holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        holds.scrapCavities((String) execution.getVariable("holdNumber"), execution.getProcessInstanceId());
    }
}
