package io.lotline.recall;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class ReviewRecallTask implements TaskFormHandler<EffectivenessForm> {
    private final RecallService recalls;

    public ReviewRecallTask(RecallService recalls) {
        this.recalls = recalls;
    }

    @Override
    public String taskKey() {
        return RecallService.REVIEW_TASK;
    }

    @Override
    public Class<EffectivenessForm> formType() {
        return EffectivenessForm.class;
    }

    @Override
    public void complete(WorkTask task, EffectivenessForm form) {
        recalls.reviewEffectiveness(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/recall-review";
    }
}
