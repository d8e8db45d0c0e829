package io.lotline.security;

/** Application roles; the names double as the engine's candidate groups. */
public enum Role {
    QC_TECHNICIAN,
    QC_MANAGER,
    AUDITOR,
    ADMIN
}
