package io.lotline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserSigningLockTest {
    final Instant now = Instant.parse("2026-11-20T10:00:00Z");
    final AppUser user = new AppUser("manager", "{noop}x", "Maria Manager", null, Set.of(Role.QC_MANAGER), false,
            Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void threeWrongPasswordsInARowLockSigningForFifteenMinutes() {
        user.recordSigningFailure(now);
        user.recordSigningFailure(now);
        assertThat(user.isSigningLocked(now)).isFalse();

        user.recordSigningFailure(now);

        assertThat(user.isSigningLocked(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.isSigningLocked(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aCorrectPasswordResetsTheCount() {
        user.recordSigningFailure(now);
        user.recordSigningFailure(now);
        user.recordSigningSuccess();
        user.recordSigningFailure(now);

        assertThat(user.isSigningLocked(now)).isFalse();
        assertThat(user.getFailedSignatureAttempts()).isEqualTo(1);
    }
}
