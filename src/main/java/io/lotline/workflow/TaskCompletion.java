package io.lotline.workflow;

public record TaskCompletion(String taskId, String taskKey, String lotNumber, String batchNumber, String capaNumber,
                             String excursionNumber, String completedBy) {}
