package io.lotline.capa;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The planned actions are overdue: the QC managers are offered the implementation. */
@Component
public class EscalateOverdueCapaDelegate implements JavaDelegate {
    private final CapaService capas;

    public EscalateOverdueCapaDelegate(CapaService capas) {
        this.capas = capas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        capas.escalateOverdue((String) execution.getVariable("capaNumber"), execution.getProcessInstanceId());
    }
}
