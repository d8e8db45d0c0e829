package io.lotline.workflow;

import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.NotFoundException;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may work which task: group membership, claims, and tasks that are already done. */
@Service
public class TaskWork {
    private final Workflow workflow;

    public TaskWork(Workflow workflow) {
        this.workflow = workflow;
    }

    /** One page of the tasks the current user may work that match the filter, oldest first. */
    @Transactional(readOnly = true)
    public TaskPage myTasks(TaskFilter filter, int firstResult, int maxResults) {
        return workflow.tasksFor(CurrentUser.id(), CurrentUser.roles(), filter, firstResult, maxResults);
    }

    /** The open task, if the current user may work it; otherwise a refusal that says why. */
    @Transactional(readOnly = true)
    public WorkTask workable(String taskId) {
        WorkTask task = workflow.openTask(taskId).orElseThrow(() -> workflow.completedTask(taskId)
                .<RuntimeException>map(done -> new ConflictException("Task '" + done.name() + "' was already completed by "
                        + done.completedBy() + " at " + done.completedAt() + "; nothing was changed."))
                .orElseGet(() -> new NotFoundException("No task " + taskId)));
        String user = CurrentUser.id();
        Set<String> roles = CurrentUser.roles();
        boolean offeredToUser = user.equals(task.assignee()) || task.candidateGroups().stream().anyMatch(roles::contains);
        if (!offeredToUser) {
            throw new ActionForbiddenException("Task '" + task.name() + "' is for " + String.join(" or ", task.candidateGroups())
                    + "; you are " + String.join(", ", roles) + ".");
        }
        if (task.assignee() != null && !task.assignee().equals(user)) {
            throw new ConflictException("Task '" + task.name() + "' is claimed by " + task.assignee() + ".");
        }
        return task;
    }

    /** As {@link #workable(String)}, for a page that serves one kind of task only. */
    @Transactional(readOnly = true)
    public WorkTask workable(String taskId, String expectedTaskKey) {
        return workable(taskId, Set.of(expectedTaskKey));
    }

    /** As {@link #workable(String)}, for a page that serves these kinds of task only. */
    @Transactional(readOnly = true)
    public WorkTask workable(String taskId, Set<String> expectedTaskKeys) {
        WorkTask task = workable(taskId);
        if (!expectedTaskKeys.contains(task.taskKey())) {
            throw new ConflictException("Task '" + task.name() + "' is not worked on this page");
        }
        return task;
    }

    @Transactional
    public WorkTask claim(String taskId) {
        WorkTask task = workable(taskId);
        if (task.assignee() == null) {
            workflow.claim(taskId, CurrentUser.id());
        }
        return workable(taskId);
    }

    /** Called by a handler once its records are written: claims for the user if needed, then completes. */
    @Transactional
    public void complete(WorkTask task, Map<String, Object> variables) {
        if (task.assignee() == null) {
            workflow.claim(task.id(), CurrentUser.id());
        }
        workflow.complete(task.id(), variables);
    }

    /** Offers a process's open task to one more group, e.g. when its SLA has passed. */
    public void offerToGroup(String processInstanceId, String taskKey, String group) {
        workflow.offerTaskToGroup(processInstanceId, taskKey, group);
    }
}
