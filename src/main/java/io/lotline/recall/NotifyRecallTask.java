package io.lotline.recall;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class NotifyRecallTask implements TaskFormHandler<NotificationForm> {
    private final RecallService recalls;

    public NotifyRecallTask(RecallService recalls) {
        this.recalls = recalls;
    }

    @Override
    public String taskKey() {
        return RecallService.NOTIFY_TASK;
    }

    @Override
    public Class<NotificationForm> formType() {
        return NotificationForm.class;
    }

    @Override
    public void complete(WorkTask task, NotificationForm form) {
        recalls.recordNotification(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/recall-notification";
    }
}
