package io.lotline.security;

import java.time.Instant;
import java.util.List;

/** An account as administrators and auditors read it: never a password hash. */
public record UserView(String username, String fullName, String email, List<Role> roles, AccountStatus status,
                       Instant lockedUntil, Instant lastLoginAt, int failedAttempts, Instant passwordChangedAt,
                       boolean passwordChangeRequired) {}
