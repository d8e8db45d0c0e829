package io.lotline.workflow;

import java.time.Instant;
import java.util.Set;

/** An open user task as the application sees it, free of engine types; it names its process's lot, batch or CAPA. */
public record WorkTask(String id, String name, String taskKey, String processKey, String processInstanceId,
                       String lotNumber, String batchNumber, String capaNumber, String assignee, Instant created,
                       Set<String> candidateGroups) {}
