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

    /** What is stored; {@link AccountStatus#LOCKED} is derived from {@link #lockedUntil}. */
    enum StoredStatus { ACTIVE, DEACTIVATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String fullName;
    private String email;
    @Enumerated(EnumType.STRING)
    private StoredStatus status;
    private int failedSignatureAttempts;
    private Instant signingLockedUntil;
    private int failedLoginAttempts;
    private Instant lockedUntil;
    private Instant lastLoginAt;
    private Instant passwordChangedAt;
    private boolean passwordChangeRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected AppUser() {}

    AppUser(String username, String passwordHash, String fullName, String email, Set<Role> roles,
            boolean passwordChangeRequired, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.status = StoredStatus.ACTIVE;
        this.roles = EnumSet.copyOf(roles);
        this.passwordChangeRequired = passwordChangeRequired;
        this.passwordChangedAt = now;
    }

    AccountStatus status(Instant now) {
        if (status == StoredStatus.DEACTIVATED) {
            return AccountStatus.DEACTIVATED;
        }
        return isLocked(now) ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    boolean isDeactivated() {
        return status == StoredStatus.DEACTIVATED;
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

    /**
     * Counts a wrong password (at sign-in or at a signature). Returns true when this failure locks the account: the
     * {@code maxFailures}-th in a row. A lock that has run out starts the count again.
     */
    boolean recordLoginFailure(Instant now, int maxFailures, Duration lockout) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedLoginAttempts = 0;
        }
        failedLoginAttempts++;
        if (failedLoginAttempts >= maxFailures && !isLocked(now)) {
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void recordLogin(Instant now) {
        failedLoginAttempts = 0;
        lastLoginAt = now;
    }

    void unlock() {
        lockedUntil = null;
        failedLoginAttempts = 0;
        signingLockedUntil = null;
        failedSignatureAttempts = 0;
    }

    void deactivate() {
        status = StoredStatus.DEACTIVATED;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setPassword(String newHash, boolean changeRequired, Instant now) {
        passwordHash = newHash;
        passwordChangeRequired = changeRequired;
        passwordChangedAt = now;
    }

    Long getId() {
        return id;
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

    String getEmail() {
        return email;
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

    int getFailedLoginAttempts() {
        return failedLoginAttempts;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }
}
