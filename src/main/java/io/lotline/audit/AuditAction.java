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
    SKIPPED,
    /** A wrong password at sign-in, at a signature or at a password change. */
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    PASSWORD_CHANGED,
    /** An administrator issued a new one-time password. */
    PASSWORD_RESET
}
