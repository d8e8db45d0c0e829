package io.lotline.capa;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The effectiveness-check period has passed: verification is due. */
@Component
public class EffectivenessCheckDueDelegate implements JavaDelegate {
    private final CapaService capas;

    public EffectivenessCheckDueDelegate(CapaService capas) {
        this.capas = capas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        capas.effectivenessCheckDue((String) execution.getVariable("capaNumber"), execution.getProcessInstanceId());
    }
}
