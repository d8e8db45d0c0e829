package io.lotline.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as loaded for one authentication, with what the sign-in listener needs to decide whether the
 * account row must be written (a reset failure count, a stale last-login time) without reading it again.
 */
final class LotlineUser extends User {
    private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(1);

    private final int failedLoginAttempts;
    private final Instant lastLoginAt;

    LotlineUser(String username, String passwordHash, boolean enabled, boolean accountNonLocked,
                Collection<? extends GrantedAuthority> authorities, int failedLoginAttempts, Instant lastLoginAt) {
        super(username, passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.failedLoginAttempts = failedLoginAttempts;
        this.lastLoginAt = lastLoginAt;
    }

    /**
     * Whether a successful sign-in must be written: it ends a run of failures, or the last login is over a minute old.
     * API calls authenticate on every request, and must not each write the account row.
     */
    boolean loginNeedsRecording(Instant now) {
        return failedLoginAttempts > 0 || lastLoginAt == null || lastLoginAt.plus(LAST_LOGIN_RESOLUTION).isBefore(now);
    }
}
