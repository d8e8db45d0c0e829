package io.lotline.security;

public enum SecurityEventKind {
    /** Too many wrong passwords in a row for one account. */
    ACCOUNT_LOCKED,
    /** Too many wrong passwords from one network address: its sign-ins are refused for a while. */
    SOURCE_THROTTLED
}
