package io.lotline.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** With {@code lotline.security.password-max-age} set, a password older than that must be changed first. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "lotline.security.password-max-age=90d")
class PasswordAgingTest {
    private static final String PASSWORD = "granite meadow compass";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPasswordOlderThanTheMaximumAgeMustBeChangedBeforeAnythingElse() throws Exception {
        String fresh = create();
        String aged = create();
        jdbc.update("UPDATE app_user SET password_changed_at = ? WHERE username = ?",
                Instant.now().minus(91, ChronoUnit.DAYS), aged);

        mvc.perform(get("/api/lots").with(httpBasic(fresh))).andExpect(status().isOk());
        mvc.perform(get("/api/lots").with(httpBasic(aged))).andExpect(status().isForbidden());
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(aged).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/lots").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    private String create() {
        String username = "aging-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, "Agnes Aging", Set.of(Role.AUDITOR));
        return username;
    }

    private static RequestPostProcessor httpBasic(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
    }
}
