package io.lotline.security;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and password controls, {@code lotline.security.*} (README, "Accounts and access"). A zero
 * {@code passwordMaxAge} turns password aging off.
 */
@ConfigurationProperties("lotline.security")
public record SecuritySettings(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("30m") Duration lockoutDuration,
        @DefaultValue("10") int maxFailedLoginsPerSourcePerMinute,
        @DefaultValue("12") int passwordMinLength,
        @DefaultValue("5") int passwordHistory,
        @DefaultValue("0s") Duration passwordMaxAge,
        Path passwordBlocklist,
        @DefaultValue("12h") Duration sessionAbsoluteTimeout,
        @DefaultValue("1") int maxSessionsPerUser,
        @DefaultValue("366") int maxTokenLifetimeDays) {

    boolean passwordAging() {
        return !passwordMaxAge.isZero() && !passwordMaxAge.isNegative();
    }
}
