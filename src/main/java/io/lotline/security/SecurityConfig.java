package io.lotline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Pages use form login with CSRF; {@code /api/**} uses HTTP Basic, stateless. Writes are granted per role and
 * anything not granted is denied, so an auditor (read-only) is refused every write.
 */
@Configuration
public class SecurityConfig {
    private static final String TECH = Role.QC_TECHNICIAN.name();
    private static final String MANAGER = Role.QC_MANAGER.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/suppliers", "/api/materials", "/api/customers").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/suppliers/*/status", "/api/materials/*/bill-of-materials",
                                "/api/materials/*/process-parameters").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/receipts").hasRole(TECH)
                        .requestMatchers(HttpMethod.POST, "/api/tasks/*/claim", "/api/tasks/*/complete").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/lots/*/hold", "/api/lots/*/release-hold").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/batches", "/api/batches/*/start", "/api/batches/*/complete",
                                "/api/batches/*/consumptions", "/api/batches/*/readings", "/api/batches/*/hold")
                                .hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/capas", "/api/recalls").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/shipments", "/api/lots/*/serial-labels").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/scan").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Lotline\"");
                    writeProblem(objectMapper, response, HttpStatus.UNAUTHORIZED,
                            "Authenticate with HTTP Basic using your Lotline user name and password.", request.getRequestURI());
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        writeProblem(objectMapper, response, HttpStatus.FORBIDDEN,
                                "Your role does not permit " + request.getMethod() + " " + request.getRequestURI() + ".",
                                request.getRequestURI())))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/error", "/actuator/health",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                        .requestMatchers(HttpMethod.POST, "/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/receiving").hasRole(TECH)
                        .requestMatchers(HttpMethod.POST, "/tasks/**").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/lots/*/hold", "/lots/*/release-hold").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/batches", "/batches/*/**").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/capas", "/recalls").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/shipments", "/lots/*/serial-labels").hasAnyRole(TECH, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/scan").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/tasks", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    private static void writeProblem(ObjectMapper objectMapper, HttpServletResponse response, HttpStatus status,
                                     String detail, String instance) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(instance));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
