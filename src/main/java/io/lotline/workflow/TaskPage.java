package io.lotline.workflow;

import java.util.List;

/** One page of a task list and how many tasks the whole list holds. */
public record TaskPage(List<WorkTask> tasks, long total) {}
