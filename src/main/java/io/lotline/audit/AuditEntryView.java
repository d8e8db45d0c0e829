package io.lotline.audit;

import java.time.Instant;
import java.util.Map;

public record AuditEntryView(long sequence, Instant occurredAt, String userId, AuditAction action, String entityType,
                             String entityId, String lotNumber, Map<String, Map<String, String>> changes, String reason,
                             String processInstanceId, String previousHash, String hash) {}
