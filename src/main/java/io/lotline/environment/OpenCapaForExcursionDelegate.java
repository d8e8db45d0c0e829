package io.lotline.environment;

import io.lotline.workflow.Workflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The decision asked for a CAPA: it is opened, linked to the batches held and the lots named. */
@Component
public class OpenCapaForExcursionDelegate implements JavaDelegate {
    private final ExcursionService excursions;

    public OpenCapaForExcursionDelegate(ExcursionService excursions) {
        this.excursions = excursions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        excursions.openCapa((String) execution.getVariable(Workflow.EXCURSION_NUMBER),
                execution.getProcessInstanceId());
    }
}
