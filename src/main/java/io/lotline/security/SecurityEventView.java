package io.lotline.security;

import java.time.Instant;

public record SecurityEventView(long id, Instant occurredAt, SecurityEventKind kind, String username,
                                String sourceAddress, String detail) {}
