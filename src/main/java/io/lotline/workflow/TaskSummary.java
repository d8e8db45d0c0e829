package io.lotline.workflow;

import java.time.Instant;

/** A task as listed by {@code GET /api/tasks}. */
public record TaskSummary(String id, String name, String taskKey, String processKey, String lotNumber, String assignee,
                          Instant created) {
    static TaskSummary of(WorkTask task) {
        return new TaskSummary(task.id(), task.name(), task.taskKey(), task.processKey(), task.lotNumber(),
                task.assignee(), task.created());
    }
}
