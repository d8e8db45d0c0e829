package io.lotline.workflow;

import java.time.Instant;
import java.util.Set;

/** An open user task as the application sees it, free of engine types. */
public record WorkTask(String id, String name, String taskKey, String processKey, String processInstanceId,
                       String lotNumber, String assignee, Instant created, Set<String> candidateGroups) {}
