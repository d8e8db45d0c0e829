package io.lotline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API. An unknown, expired or revoked token is refused with 401 at once
 * rather than passed on, so a caller never mistakes a dead token for missing permissions.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ProblemWriter problems;

    BearerTokenFilter(ApiTokens tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> authentication = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (authentication.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Lotline\", error=\"invalid_token\"");
            problems.write(request, response, 401, "Authentication required",
                    "The API token is unknown, expired or revoked; ask an administrator for a valid one.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
