package io.lotline.security;

import java.time.Instant;
import java.time.LocalDate;

/** A token as listed: never its value. */
public record ApiTokenView(long id, String name, Role role, String status, Instant createdAt, String createdBy,
                           LocalDate expiresOn, Instant lastUsedAt, Instant revokedAt, String revokedBy) {}
