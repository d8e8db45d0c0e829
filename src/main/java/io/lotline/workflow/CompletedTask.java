package io.lotline.workflow;

import java.time.Instant;

public record CompletedTask(String id, String name, String completedBy, Instant completedAt) {}
