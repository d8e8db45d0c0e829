package io.lotline.workflow;

import java.time.Instant;

/** A task as listed by {@code GET /api/tasks}, with the lot, batch, CAPA or excursion its process works on. */
public record TaskSummary(String id, String name, String taskKey, String processKey, String lotNumber,
                          String batchNumber, String capaNumber, String excursionNumber, String assignee,
                          Instant created) {
    static TaskSummary of(WorkTask task) {
        return new TaskSummary(task.id(), task.name(), task.taskKey(), task.processKey(), task.lotNumber(),
                task.batchNumber(), task.capaNumber(), task.excursionNumber(), task.assignee(), task.created());
    }
}
