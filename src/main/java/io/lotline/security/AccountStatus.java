package io.lotline.security;

/** An account as an administrator sees it: LOCKED lasts until unlocked or until the lockout has run out. */
public enum AccountStatus {
    ACTIVE,
    LOCKED,
    DEACTIVATED
}
