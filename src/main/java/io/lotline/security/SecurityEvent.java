package io.lotline.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Something administrators must see at once (21 CFR 11.300(d)); the audit trail has the same facts in its chain. */
@Entity
class SecurityEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private SecurityEventKind kind;
    private String username;
    private String sourceAddress;
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String sourceAddress, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = username;
        this.sourceAddress = sourceAddress;
        this.detail = detail;
    }

    SecurityEventView view() {
        return new SecurityEventView(id, occurredAt, kind, username, sourceAddress, detail);
    }
}
