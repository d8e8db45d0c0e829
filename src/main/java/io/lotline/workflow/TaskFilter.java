package io.lotline.workflow;

/**
 * Narrows a task list; every given field must match, blank ones are ignored: the process and task definition keys,
 * the process's lot, batch, CAPA or excursion, the assignee, and a candidate group (claimed tasks of that group
 * included).
 */
public record TaskFilter(String processKey, String taskKey, String lotNumber, String batchNumber, String capaNumber,
                         String excursionNumber,
                         String assignee, String candidateGroup) {}
