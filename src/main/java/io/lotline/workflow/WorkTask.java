package io.lotline.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * An open user task as the application sees it, free of engine types; it names its process's lot, batch, CAPA or
 * excursion.
 */
public record WorkTask(String id, String name, String taskKey, String processKey, String processInstanceId,
                       String lotNumber, String batchNumber, String capaNumber, String excursionNumber, String assignee,
                       Instant created,
                       Set<String> candidateGroups) {}
