package io.lotline.workflow;

import io.lotline.traceability.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Hands the signed-in user to the engine for the request, so its user operation log names them. */
@Component
public class EngineAuthenticationFilter extends OncePerRequestFilter {
    private final IdentityService identityService;

    public EngineAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = CurrentUser.id();
        if (CurrentUser.SYSTEM.equals(user) || "anonymousUser".equals(user)) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(user, List.copyOf(CurrentUser.roles()));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
