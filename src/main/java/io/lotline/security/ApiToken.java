package io.lotline.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A token for an integration (ERP, MES, machine gateway); only the SHA-256 of its value is kept. */
@Entity
class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String tokenHash;
    private Instant createdAt;
    private String createdBy;
    private LocalDate expiresOn;
    private Instant lastUsedAt;
    private Instant revokedAt;
    private String revokedBy;

    @Version
    private long version;

    protected ApiToken() {}

    ApiToken(String name, Role role, String tokenHash, Instant createdAt, String createdBy, LocalDate expiresOn) {
        this.name = name;
        this.role = role;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresOn = expiresOn;
    }

    /** Usable until 00:00 UTC of its expiry date, unless revoked. */
    boolean isUsable(LocalDate todayUtc) {
        return revokedAt == null && todayUtc.isBefore(expiresOn);
    }

    void revoke(Instant now, String by) {
        revokedAt = now;
        revokedBy = by;
    }

    ApiTokenView view(LocalDate todayUtc) {
        String status = revokedAt != null ? "REVOKED" : isUsable(todayUtc) ? "ACTIVE" : "EXPIRED";
        return new ApiTokenView(id, name, role, status, createdAt, createdBy, expiresOn, lastUsedAt, revokedAt, revokedBy);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Role getRole() {
        return role;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
