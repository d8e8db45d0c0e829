package io.lotline.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    STATUS_CHANGE,
    SIGNED,
    SIGNATURE_FAILED,
    ESCALATED
}
