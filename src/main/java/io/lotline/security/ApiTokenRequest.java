package io.lotline.security;

import java.time.LocalDate;

public record ApiTokenRequest(String name, String role, LocalDate expiresOn) {}
