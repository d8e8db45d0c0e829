package io.lotline.capa;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class VerifyEffectivenessTask implements TaskFormHandler<VerificationForm> {
    private final CapaService capas;

    public VerifyEffectivenessTask(CapaService capas) {
        this.capas = capas;
    }

    @Override
    public String taskKey() {
        return CapaService.VERIFY_TASK;
    }

    @Override
    public Class<VerificationForm> formType() {
        return VerificationForm.class;
    }

    @Override
    public void complete(WorkTask task, VerificationForm form) {
        capas.verifyEffectiveness(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/capa";
    }
}
