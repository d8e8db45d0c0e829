package io.lotline.release;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class ReleaseLotTask implements TaskFormHandler<ReleaseForm> {
    private final LotReleaseService releases;

    public ReleaseLotTask(LotReleaseService releases) {
        this.releases = releases;
    }

    @Override
    public String taskKey() {
        return LotReleaseService.RELEASE_TASK;
    }

    @Override
    public Class<ReleaseForm> formType() {
        return ReleaseForm.class;
    }

    @Override
    public void complete(WorkTask task, ReleaseForm form) {
        releases.decide(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/release";
    }
}
