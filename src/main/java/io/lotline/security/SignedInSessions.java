package io.lotline.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The page sessions of this node, for the per-user session limit and to end a user's sessions when an administrator
 * deactivates them, resets their password or changes their roles. Held in memory: on a cluster each node ends its own,
 * and the account check at the next sign-in does the rest.
 */
@Component
public class SignedInSessions {
    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAll(String username) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                registry.getAllSessions(principal, false).forEach(session -> session.expireNow());
            }
        }
    }
}
