package io.lotline.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A request authenticated by an API token: it acts as {@code token:<name>} with the token's one role. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {
    public static final String PRINCIPAL_PREFIX = "token:";

    private final String principal;

    ApiTokenAuthentication(String tokenName, Role role) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.principal = PRINCIPAL_PREFIX + tokenName;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    /** True when the current request was authenticated by a token rather than a person's password. */
    public static boolean isCurrent() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof ApiTokenAuthentication;
    }
}
