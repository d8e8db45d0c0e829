package io.lotline.security;

/** A reset account's new one-time password, shown this once. */
public record InitialPassword(String username, String initialPassword) {}
