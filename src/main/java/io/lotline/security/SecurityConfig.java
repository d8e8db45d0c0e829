package io.lotline.security;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Pages use form login with CSRF and server sessions; {@code /api/**} uses HTTP Basic or an API token, stateless.
 * Writes are granted per role and anything not granted is denied, so an auditor (read-only) is refused every write.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfig {
    private static final String TECH = Role.QC_TECHNICIAN.name();
    private static final String MANAGER = Role.QC_MANAGER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String ADMIN = Role.ADMIN.name();
    /** Scripts and styles come only from the application's own files: no inline code, no CDN. */
    static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; img-src 'self' data:";
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI (a third-party page) injects its styles at run time; its scripts still come only from the app. */
    static final String API_DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the container ends a session (idle timeout, logout). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems, ApiTokens tokens,
                                    SourceThrottle throttle, KnownApiPaths paths) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/users", "/api/users/*", "/api/api-tokens",
                                "/api/security/events", "/api/machine-messages/rejected").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, SignInFilters.CHANGE_PASSWORD_API).authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/users", "/api/users/*/deactivate", "/api/users/*/unlock",
                                "/api/users/*/reset-password", "/api/api-tokens").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/users/*/roles").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/api/api-tokens/*").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/suppliers", "/api/materials", "/api/customers").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/suppliers/*/status", "/api/materials/*/bill-of-materials",
                                "/api/materials/*/process-parameters").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/receipts", "/api/receipts/bulk").hasRole(TECH)
                        .requestMatchers(HttpMethod.POST, "/api/tasks/*/claim", "/api/tasks/*/complete").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/lots/*/hold", "/api/lots/*/release-hold").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/batches", "/api/batches/*/start", "/api/batches/*/complete",
                                "/api/batches/*/consumptions", "/api/batches/*/readings", "/api/batches/*/hold")
                                .hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/capas", "/api/recalls").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/audit/checkpoints").hasAnyRole(ADMIN, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/rooms").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/rooms/*/limits", "/api/machines/*").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/rooms/*/readings").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/shipments", "/api/lots/*/serial-labels").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/scan").authenticated()
                        .anyRequest().denyAll())
                .addFilterBefore(SignInFilters.sourceThrottle(throttle, problems, true), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(SignInFilters.passwordChangeRequired(problems, true), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lotline\"");
                    problems.write(request, response, 401, "Authentication required", unauthorizedDetail(e));
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
                    switch (paths.match(request)) {
                        case NO_SUCH_PATH -> problems.write(request, response, 404, "Not found",
                                KnownApiPaths.noSuchPath(request));
                        case WRONG_METHOD -> problems.write(request, response, 405, "Method not allowed",
                                KnownApiPaths.wrongMethod(request));
                        case HANDLED -> problems.write(request, response, 403, "Forbidden",
                                "Your role does not permit " + request.getMethod() + " " + request.getRequestURI() + ".");
                    }
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    private static String unauthorizedDetail(AuthenticationException e) {
        if (e instanceof LockedException) {
            return "The account is locked after too many wrong passwords; an administrator can unlock it, or it "
                    + "unlocks by itself when the lockout has run out.";
        }
        if (e instanceof DisabledException) {
            return "The account is deactivated.";
        }
        return "Authenticate with HTTP Basic (your Lotline user name and password) or an API token "
                + "(Authorization: Bearer <token>).";
    }

    /** The API description and Swagger UI: open to read, like the login page. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, ProblemWriter problems, SourceThrottle throttle,
                                     SessionRegistry sessionRegistry, SecuritySettings settings, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/error", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.GET, "/admin/**").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/logout", SignInFilters.CHANGE_PASSWORD_PAGE).authenticated()
                        .requestMatchers(HttpMethod.POST, "/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/receiving").hasRole(TECH)
                        .requestMatchers(HttpMethod.POST, "/tasks/**").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/lots/*/hold", "/lots/*/release-hold").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/batches", "/batches/*/**").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/capas", "/recalls").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/shipments", "/lots/*/serial-labels").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/scan").authenticated()
                        .anyRequest().denyAll())
                .addFilterAfter(SignInFilters.absoluteSessionTimeout(settings.sessionAbsoluteTimeout(), clock),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(SignInFilters.sourceThrottle(throttle, problems, false),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(SignInFilters.passwordChangeRequired(problems, false), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(loginFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session
                        .maximumSessions(settings.maxSessionsPerUser())
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static ExceptionMappingAuthenticationFailureHandler loginFailureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?error"));
        return handler;
    }
}
