package io.lotline.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What happened to one quality record; collected fluently, then handed to {@link AuditTrail#record}. */
public final class AuditEvent {
    final AuditAction action;
    final String entityType;
    final String entityId;
    String lotNumber;
    String reason;
    String processInstanceId;
    final Map<String, Map<String, String>> changes = new LinkedHashMap<>();

    private AuditEvent(AuditAction action, String entityType, String entityId) {
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public static AuditEvent of(AuditAction action, String entityType, Object entityId) {
        return new AuditEvent(action, entityType, String.valueOf(entityId));
    }

    public AuditEvent lot(String lotNumber) {
        this.lotNumber = lotNumber;
        return this;
    }

    public AuditEvent reason(String reason) {
        this.reason = reason;
        return this;
    }

    public AuditEvent process(String processInstanceId) {
        this.processInstanceId = processInstanceId;
        return this;
    }

    /** Records old → new; an unchanged field is left out so the entry says only what changed. */
    public AuditEvent change(String field, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (!Objects.equals(before, after)) {
            Map<String, String> change = new LinkedHashMap<>();
            change.put("old", before);
            change.put("new", after);
            changes.put(field, change);
        }
        return this;
    }

    /** A field set on creation: old is empty. */
    public AuditEvent set(String field, Object value) {
        return change(field, null, value);
    }
}
