package io.lotline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** The filters that enforce sign-in controls on top of Spring Security's, for the API chain or the page chain. */
final class SignInFilters {
    static final String CHANGE_PASSWORD_API = "/api/users/me/password";
    static final String CHANGE_PASSWORD_PAGE = "/account/password";
    private static final Set<String> PAGES_OPEN_BEFORE_CHANGE = Set.of(CHANGE_PASSWORD_PAGE, "/logout", "/login", "/error");

    private SignInFilters() {}

    /** Refuses password sign-ins from a source that has sent too many wrong passwords within the last minute. */
    static OncePerRequestFilter sourceThrottle(SourceThrottle throttle, ProblemWriter problems, boolean api) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (carriesPassword(request, api) && throttle.isThrottled(request.getRemoteAddr())) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SourceThrottle.WINDOW.toSeconds()));
                    if (api) {
                        problems.write(request, response, 429, "Too many failed sign-ins",
                                "Too many wrong passwords from your address; try again in a minute.");
                    } else {
                        response.sendRedirect(request.getContextPath() + "/login?throttled");
                    }
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static boolean carriesPassword(HttpServletRequest request, boolean api) {
        if (api) {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        }
        return "POST".equals(request.getMethod()) && "/login".equals(pathOf(request));
    }

    /**
     * An account with a one-time or aged-out password may only change it: the API answers 403 saying so, pages send
     * the user to the change form.
     */
    static OncePerRequestFilter passwordChangeRequired(ProblemWriter problems, boolean api) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!mustChangePassword() || mayProceed(request, api)) {
                    chain.doFilter(request, response);
                } else if (api) {
                    problems.write(request, response, 403, "Password change required",
                            "Your password was set by an administrator or has expired: the password must be changed "
                                    + "first, with POST " + CHANGE_PASSWORD_API + " {\"currentPassword\",\"newPassword\"}.");
                } else {
                    response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
                }
            }
        };
    }

    private static boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> UserAccounts.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    private static boolean mayProceed(HttpServletRequest request, boolean api) {
        String path = pathOf(request);
        if (api) {
            return "POST".equals(request.getMethod()) && CHANGE_PASSWORD_API.equals(path);
        }
        return PAGES_OPEN_BEFORE_CHANGE.contains(path) || path.startsWith("/css/") || path.startsWith("/js/");
    }

    /** Ends a page session this long after sign-in, however active it is (the idle timeout is the container's). */
    static OncePerRequestFilter absoluteSessionTimeout(Duration limit, Clock clock) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && clock.millis() - session.getCreationTime() > limit.toMillis()) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
