package io.lotline.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    STATUS_CHANGE,
    SIGNED,
    SIGNATURE_FAILED,
    ESCALATED,
    /** An incoming inspection not performed because the supplier's material is at the SKIP stage. */
    SKIPPED
}
