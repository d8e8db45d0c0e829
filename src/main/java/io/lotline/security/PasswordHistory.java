package io.lotline.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One password a user has had, as its hash. */
@Entity
class PasswordHistory {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private String passwordHash;
    private Instant setAt;

    protected PasswordHistory() {}

    PasswordHistory(Long userId, String passwordHash, Instant setAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.setAt = setAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
