package io.lotline.capa;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class PlanActionsTask implements TaskFormHandler<ActionPlanForm> {
    private final CapaService capas;

    public PlanActionsTask(CapaService capas) {
        this.capas = capas;
    }

    @Override
    public String taskKey() {
        return CapaService.PLAN_TASK;
    }

    @Override
    public Class<ActionPlanForm> formType() {
        return ActionPlanForm.class;
    }

    @Override
    public void complete(WorkTask task, ActionPlanForm form) {
        capas.planActions(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/capa";
    }
}
