package io.lotline.security;

import java.time.LocalDate;

/** The answer to creating a token: the only time its value is shown. */
public record CreatedApiToken(long id, String name, Role role, LocalDate expiresOn, String token) {}
