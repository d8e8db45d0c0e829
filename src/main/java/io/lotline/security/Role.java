package io.lotline.security;

import java.util.Collection;
import java.util.TreeSet;

/** Application roles; the names double as the engine's candidate groups. */
public enum Role {
    QC_TECHNICIAN,
    QC_MANAGER,
    AUDITOR,
    ADMIN;

    /** The names in alphabetical order, as the audit trail records a set of roles. */
    static TreeSet<String> names(Collection<Role> roles) {
        return new TreeSet<>(roles.stream().map(Role::name).toList());
    }
}
