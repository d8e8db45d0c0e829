package io.lotline.approval;

import io.lotline.quarantine.ConcessionExpiry;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class ExpireConcessionDelegate implements JavaDelegate {
    private final ConcessionService concessions;

    public ExpireConcessionDelegate(ConcessionService concessions) {
        this.concessions = concessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        concessions.expire((String) execution.getVariable("lotNumber"),
                ConcessionExpiry.Source.valueOf((String) execution.getVariable("concessionSource")),
                (Long) execution.getVariable("concessionId"),
                LocalDate.parse((String) execution.getVariable("validUntil")), execution.getProcessInstanceId());
    }
}
