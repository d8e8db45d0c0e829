package io.lotline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.lotline.support.TestUsers;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The admin pages, the first-login password change, the login page's refusals, headers and page input checks. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountsPagesTest {
    private static final Pattern INITIAL_PASSWORD = Pattern.compile("id=\"initial-password\">([^<]+)<");

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserAdministration administration;

    @BeforeEach
    void users() {
        TestUsers.ensure(accounts);
    }

    @Test
    void anAdministratorCreatesAUserOnThePageWhoMustChangeTheOneTimePasswordAtFirstSignIn() throws Exception {
        String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = user(TestUsers.ADMIN.name()).roles("ADMIN");
        String page = mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", username)
                        .param("fullName", "Paula Page").param("email", username + "@plant.example")
                        .param("roles", "QC_TECHNICIAN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"created-user\"")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = INITIAL_PASSWORD.matcher(page);
        assertThat(shown.find()).isTrue();
        String initial = shown.group(1);

        MvcResult login = mvc.perform(formLogin("/login").user(username).password(initial))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"change-required\"")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", initial)
                        .param("newPassword", "password1234").param("confirmPassword", "password1234"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"newPassword-error\"")))
                .andExpect(content().string(containsString("most common")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", initial)
                        .param("newPassword", "copper kettle meadow").param("confirmPassword", "copper kettle meadow"))
                .andExpect(redirectedUrl("/?passwordChanged"));
        mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
        assertThat(administration.get(username).passwordChangeRequired()).isFalse();
    }

    @Test
    void anAuditorReadsTheUserPagesWithoutTheirFormsAndATechnicianNotAtAll() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        mvc.perform(get("/admin/users").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"security-events\"")))
                .andExpect(content().string(not(containsString("id=\"user-form\""))));
        mvc.perform(get("/admin/api-tokens").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"token-form\""))));
        mvc.perform(get("/admin/users").with(user("tech").roles("QC_TECHNICIAN"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(auditor).with(csrf()).param("username", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user(TestUsers.ADMIN.name()).roles("ADMIN"))).andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/").with(user("tech").roles("QC_TECHNICIAN"))).andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void userFormErrorsStandNextToTheirFields() throws Exception {
        mvc.perform(post("/admin/users").with(user(TestUsers.ADMIN.name()).roles("ADMIN")).with(csrf())
                        .param("username", "Bad Name").param("fullName", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("2 to 60 lower-case letters")))
                .andExpect(content().string(containsString("at least one of")));
    }

    @Test
    void theLastActiveAdministratorCannotBeDeactivatedOrLoseTheRole() throws Exception {
        var itAdmin = user(TestUsers.ADMIN.name()).roles("ADMIN");
        for (UserView account : administration.list()) {
            if (account.roles().contains(Role.ADMIN) && account.status() != AccountStatus.DEACTIVATED
                    && !account.username().equals(TestUsers.ADMIN.name())) {
                mvc.perform(post("/admin/users/" + account.username() + "/deactivate").with(itAdmin).with(csrf())
                        .param("reason", "Leaves one administrator for this test")).andExpect(status().is3xxRedirection());
            }
        }
        // an administrator known only to the identity of this request (as an API token would be)
        var anotherAdmin = user("token:ops").roles("ADMIN");
        mvc.perform(post("/admin/users/" + TestUsers.ADMIN.name() + "/deactivate").with(anotherAdmin).with(csrf())
                        .param("reason", "test"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("last active administrator")));
        mvc.perform(post("/admin/users/" + TestUsers.ADMIN.name() + "/roles").with(anotherAdmin).with(csrf())
                        .param("roles", "AUDITOR").param("reason", "test"))
                .andExpect(status().isConflict());
        assertThat(administration.get(TestUsers.ADMIN.name()).roles()).contains(Role.ADMIN);
    }

    @Test
    void aNewSignInEndsTheUsersOlderSession() throws Exception {
        String username = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "quiet harbour lantern", "Sam Session", Set.of(Role.AUDITOR));
        MockHttpSession first = (MockHttpSession) mvc.perform(formLogin("/login").user(username)
                .password("quiet harbour lantern")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/lots").session(first)).andExpect(status().isOk());
        MockHttpSession second = (MockHttpSession) mvc.perform(formLogin("/login").user(username)
                .password("quiet harbour lantern")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/lots").session(second)).andExpect(status().isOk());
        mvc.perform(get("/lots").session(first)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aPageSessionEndsAtItsAbsoluteLifetimeHoweverActive() throws Exception {
        var twelveHours = Duration.ofHours(12);
        var thirteenHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(13));
        var request = new MockHttpServletRequest("GET", "/lots");
        request.setSession(new MockHttpSession());
        var response = new MockHttpServletResponse();
        var reachedThePage = new boolean[1];
        SignInFilters.absoluteSessionTimeout(twelveHours, thirteenHoursLater)
                .doFilter(request, response, (req, res) -> reachedThePage[0] = true);
        assertThat(reachedThePage[0]).isFalse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");

        var freshRequest = new MockHttpServletRequest("GET", "/lots");
        freshRequest.setSession(new MockHttpSession());
        SignInFilters.absoluteSessionTimeout(twelveHours, Clock.systemUTC())
                .doFilter(freshRequest, new MockHttpServletResponse(), (req, res) -> reachedThePage[0] = true);
        assertThat(reachedThePage[0]).isTrue();
    }

    @Test
    void theLoginPageSaysWhenAnAccountIsLocked() throws Exception {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "brass lantern orchard", "Locked Out", Set.of(Role.AUDITOR));
        for (int attempt = 1; attempt <= 5; attempt++) {
            // from a client address of its own, so the per-source throttle does not slow other tests' sign-ins
            mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong")
                            .with(request -> {
                                request.setRemoteAddr("192.0.2.77");
                                return request;
                            }))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password("brass lantern orchard"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("This account is locked")));
    }

    @Test
    void pagesCarryASecurityPolicyAndHttpsAddsHsts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("base-uri 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        mvc.perform(get("/api/suppliers").with(user("tech").roles("QC_TECHNICIAN")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")));
    }

    @Test
    void aControlCharacterInAPageFormIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/receiving").with(user("tech").roles("QC_TECHNICIAN")).with(csrf())
                        .param("supplierCode", "POLYRES").param("supplierLotNumber", "a\u0000b"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("supplierLotNumber: contains the control character U+0000")));
    }
}
