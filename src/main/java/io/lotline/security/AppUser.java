package io.lotline.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@Entity
public class AppUser {
    static final int SIGNING_ATTEMPTS_BEFORE_LOCK = 3;
    static final Duration SIGNING_LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String fullName;
    private boolean enabled;
    private int failedSignatureAttempts;
    private Instant signingLockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected AppUser() {}

    AppUser(String username, String passwordHash, String fullName, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.enabled = true;
        this.roles = EnumSet.copyOf(roles);
    }

    boolean isSigningLocked(Instant now) {
        return signingLockedUntil != null && now.isBefore(signingLockedUntil);
    }

    /** Counts a wrong signing password; the third in a row locks signing for {@link #SIGNING_LOCK}. */
    void recordSigningFailure(Instant now) {
        failedSignatureAttempts++;
        if (failedSignatureAttempts >= SIGNING_ATTEMPTS_BEFORE_LOCK) {
            signingLockedUntil = now.plus(SIGNING_LOCK);
            failedSignatureAttempts = 0;
        }
    }

    void recordSigningSuccess() {
        failedSignatureAttempts = 0;
        signingLockedUntil = null;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    int getFailedSignatureAttempts() {
        return failedSignatureAttempts;
    }

    Instant getSigningLockedUntil() {
        return signingLockedUntil;
    }
}
