package io.lotline.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds every password sign-in, on pages and on the API, into the account lockout and the per-source throttle. */
@Component
class SignInListener {
    private final UserAccounts accounts;
    private final SourceThrottle throttle;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    SignInListener(UserAccounts accounts, SourceThrottle throttle, SecurityEvents securityEvents, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String source = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        accounts.recordFailedLogin(event.getAuthentication().getName(), source);
        if (source != null && throttle.recordFailure(source)) {
            securityEvents.raiseThrottled(source, throttle.limit());
        }
    }

    @EventListener
    void onSignedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LotlineUser user && user.loginNeedsRecording(clock.instant())) {
            accounts.recordLogin(user.getUsername());
        }
    }
}
