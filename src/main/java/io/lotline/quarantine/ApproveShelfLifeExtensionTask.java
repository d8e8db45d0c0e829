package io.lotline.quarantine;

import io.lotline.workflow.TaskFormHandler;
import io.lotline.workflow.WorkTask;
import org.springframework.stereotype.Component;

@Component
public class ApproveShelfLifeExtensionTask implements TaskFormHandler<ShelfLifeExtensionForm> {
    private final QuarantineService quarantine;

    public ApproveShelfLifeExtensionTask(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public String taskKey() {
        return QuarantineService.EXTENSION_TASK;
    }

    @Override
    public Class<ShelfLifeExtensionForm> formType() {
        return ShelfLifeExtensionForm.class;
    }

    @Override
    public void complete(WorkTask task, ShelfLifeExtensionForm form) {
        quarantine.approveShelfLifeExtension(task, form);
    }

    @Override
    public String pagePath(WorkTask task) {
        return "/tasks/" + task.id() + "/shelf-life-extension";
    }
}
