package io.lotline.security;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEntry;
import io.lotline.audit.AuditEntryRepository;
import io.lotline.support.Api;
import io.lotline.support.Api.Response;
import io.lotline.support.TestUsers;
import io.lotline.support.TestUsers.User;
import io.lotline.traceability.ActionForbiddenException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** User administration, the first-login password change, lockout, throttling and API tokens over the real API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AccountsScenarios {
    static final String GOOD_PASSWORD = "violet tractor harbour";

    @Autowired TestRestTemplate rest;
    @Autowired UserAccounts accounts;
    @Autowired AuditEntryRepository auditEntries;

    Api api;

    @BeforeEach
    void users() {
        TestUsers.ensure(accounts);
        api = new Api(rest);
    }

    /**
     * Wrong passwords sent as from a client of its own (a forwarded address), so that the per-source throttle, which
     * counts every test's failures from this machine, does not slow down the other tests.
     */
    Response wrongPassword(User user) {
        HttpHeaders headers = Api.jsonHeaders();
        headers.set("X-Forwarded-For", "198.51.100." + (1 + (Math.abs(user.name().hashCode()) % 250)));
        headers.setBasicAuth(user.name(), "not the password");
        return api.send(HttpMethod.GET, "/api/lots", null, headers);
    }

    static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    Response createUser(String username, List<String> roles) {
        return api.post(ADMIN, "/api/users", Map.of("username", username, "fullName", "Full " + username,
                "email", username + "@plant.example", "roles", roles));
    }

    /** A user whose own password is already set, as the seeding path creates them. */
    User seededUser(Set<Role> roles) {
        User user = new User(uniqueName("seed-"), GOOD_PASSWORD, "Seeded User", roles);
        accounts.create(user.name(), user.password(), user.fullName(), user.roles());
        return user;
    }

    @Test
    void anAdministratorCreatesAUserWhoMustChooseTheirOwnPasswordBeforeAnythingElse() {
        String username = uniqueName("tech-");
        Response created = createUser(username, List.of("QC_TECHNICIAN"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("username")).isEqualTo(username);
        assertThat(created.text("status")).isEqualTo("ACTIVE");
        assertThat(created.body().path("roles").get(0).asText()).isEqualTo("QC_TECHNICIAN");
        String initial = created.text("initialPassword");
        assertThat(initial).hasSizeGreaterThanOrEqualTo(16);

        Response listed = api.get(ADMIN, "/api/users/" + username);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.text("fullName")).isEqualTo("Full " + username);
        assertThat(listed.body().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(listed.body().toString()).doesNotContain("passwordHash").doesNotContain("{bcrypt}");
        assertThat(api.get(AUDITOR, "/api/users").status()).isEqualTo(200);
        assertThat(api.get(TECH, "/api/users").status()).isEqualTo(403);

        User fresh = new User(username, initial, "Full " + username, Set.of(Role.QC_TECHNICIAN));
        Response blocked = api.get(fresh, "/api/lots");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.text("detail")).contains("the password must be changed");

        assertThat(changePassword(fresh, "short one").errorFields()).containsExactly("newPassword");
        Response common = changePassword(fresh, "password1234");
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.body().path("errors").get(0).path("message").asText()).contains("most common");
        Response withName = changePassword(fresh, "my name is " + username);
        assertThat(withName.status()).isEqualTo(422);
        assertThat(withName.body().path("errors").get(0).path("message").asText()).contains("user name");
        Response wrongCurrent = api.post(fresh, "/api/users/me/password",
                Map.of("currentPassword", "not it", "newPassword", GOOD_PASSWORD));
        assertThat(wrongCurrent.status()).isEqualTo(403);

        assertThat(changePassword(fresh, GOOD_PASSWORD).status()).isEqualTo(204);
        User chosen = new User(username, GOOD_PASSWORD, fresh.fullName(), fresh.roles());
        assertThat(api.get(chosen, "/api/lots").status()).isEqualTo(200);
        assertThat(api.get(fresh, "/api/lots").status()).as("the one-time password is gone").isEqualTo(401);
        Response reused = api.post(chosen, "/api/users/me/password",
                Map.of("currentPassword", GOOD_PASSWORD, "newPassword", initial));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().path("errors").get(0).path("message").asText()).contains("last 5");

        assertThat(actionsOn(username)).contains(AuditAction.CREATE, AuditAction.PASSWORD_CHANGED);
    }

    private Response changePassword(User user, String newPassword) {
        return api.post(user, "/api/users/me/password",
                Map.of("currentPassword", user.password(), "newPassword", newPassword));
    }

    @Test
    void userNamesAreUniqueForeverAndDeactivatedUsersCannotSignIn() {
        String username = uniqueName("gone-");
        assertThat(createUser(username, List.of("AUDITOR")).status()).isEqualTo(201);
        assertThat(createUser(username, List.of("AUDITOR")).status()).isEqualTo(409);

        User user = seededUser(Set.of(Role.AUDITOR));
        assertThat(api.get(user, "/api/lots").status()).isEqualTo(200);
        assertThat(api.post(ADMIN, "/api/users/" + user.name() + "/deactivate", Map.of()).errorFields())
                .containsExactly("reason");
        Response deactivated = api.post(ADMIN, "/api/users/" + user.name() + "/deactivate",
                Map.of("reason", "Left the company"));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.text("status")).isEqualTo("DEACTIVATED");
        Response refused = api.get(user, "/api/lots");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("detail")).contains("deactivated");
        assertThat(createUser(user.name(), List.of("AUDITOR")).status()).as("a deactivated name is not reused")
                .isEqualTo(409);
        assertThat(api.post(ADMIN, "/api/users/" + user.name() + "/deactivate", Map.of("reason", "again")).status())
                .isEqualTo(409);
    }

    @Test
    void badUserRequestsNameTheFieldAndWriteNothing() {
        Response bad = api.post(ADMIN, "/api/users", Map.of("username", "X y", "fullName", " ", "email", "nope",
                "roles", List.of("SUPERUSER")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).contains("username", "fullName", "email", "roles");
        assertThat(api.post(ADMIN, "/api/users", Map.of("username", "me", "fullName", "Me", "roles",
                List.of("AUDITOR"))).errorFields()).containsExactly("username");
        assertThat(api.post(MANAGER, "/api/users", Map.of("username", uniqueName("m-"), "fullName", "M",
                "roles", List.of("AUDITOR"))).status()).isEqualTo(403);
        assertThat(api.get(ADMIN, "/api/users/nobody-" + UUID.randomUUID().toString().substring(0, 6)).status())
                .isEqualTo(404);
    }

    @Test
    void rolesChangeWithAReasonButNeverAnAdministratorsOwn() {
        User user = seededUser(Set.of(Role.QC_TECHNICIAN));
        Response changed = api.put(ADMIN, "/api/users/" + user.name() + "/roles",
                Map.of("roles", List.of("QC_MANAGER"), "reason", "Promoted to QC manager"));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.body().path("roles").toString()).isEqualTo("[\"QC_MANAGER\"]");
        assertThat(api.post(user, "/api/receipts", Map.of()).status()).as("no longer a technician").isEqualTo(403);

        AuditEntry entry = lastEntry(user.name(), AuditAction.UPDATE);
        assertThat(entry.getChanges()).contains("QC_TECHNICIAN").contains("QC_MANAGER");
        assertThat(entry.getReason()).isEqualTo("Promoted to QC manager");

        assertThat(api.put(ADMIN, "/api/users/" + ADMIN.name() + "/roles",
                Map.of("roles", List.of("ADMIN", "QC_MANAGER"), "reason", "myself")).status()).isEqualTo(409);
        assertThat(api.post(ADMIN, "/api/users/" + ADMIN.name() + "/deactivate", Map.of("reason", "myself")).status())
                .isEqualTo(409);
    }

    @Test
    void anAdministratorIsNoSignerByThatRoleAlone() {
        Response hold = api.post(ADMIN, "/api/lots/ML-2026-000001/hold", Map.of("reason", "x",
                "signature", Map.of("password", ADMIN.password(), "meaning", "PLACED_ON_HOLD")));
        assertThat(hold.status()).isEqualTo(403);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        User user = seededUser(Set.of(Role.QC_TECHNICIAN));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(wrongPassword(user).status()).isEqualTo(401);
        }
        Response locked = api.get(user, "/api/lots");
        assertThat(locked.status()).as("the right password is refused too").isEqualTo(401);
        assertThat(locked.text("detail")).contains("locked");
        assertThat(api.get(ADMIN, "/api/users/" + user.name()).text("status")).isEqualTo("LOCKED");

        List<AuditAction> actions = actionsOn(user.name());
        assertThat(actions.stream().filter(a -> a == AuditAction.LOGIN_FAILED).count()).isEqualTo(5);
        assertThat(actions).contains(AuditAction.ACCOUNT_LOCKED);
        JsonNode events = api.get(ADMIN, "/api/security/events").body();
        assertThat(events.findValuesAsText("username")).contains(user.name());
        assertThat(events.findValuesAsText("kind")).contains("ACCOUNT_LOCKED");

        assertThat(api.post(ADMIN, "/api/users/" + user.name() + "/unlock", Map.of("reason", "Verified by phone"))
                .text("status")).isEqualTo("ACTIVE");
        assertThat(api.get(user, "/api/lots").status()).isEqualTo(200);
        assertThat(actionsOn(user.name())).contains(AuditAction.ACCOUNT_UNLOCKED);
        assertThat(api.post(ADMIN, "/api/users/" + user.name() + "/unlock", Map.of("reason", "again")).status())
                .isEqualTo(409);
    }

    @Test
    void wrongSignaturePasswordsCountTowardsTheLockout() {
        // as in a page session, where the signer does not sign in again between signatures (an API call with HTTP
        // Basic is itself a successful sign-in with the same password, which ends the run)
        User manager = seededUser(Set.of(Role.QC_MANAGER));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> accounts.verifySigningPassword(manager.name(), "not my password"))
                    .isInstanceOf(ActionForbiddenException.class);
        }
        assertThat(wrongPassword(manager).status()).isEqualTo(401);
        assertThat(api.get(ADMIN, "/api/users/" + manager.name()).text("status")).isEqualTo("ACTIVE");
        assertThat(wrongPassword(manager).status()).isEqualTo(401);
        assertThat(api.get(ADMIN, "/api/users/" + manager.name()).text("status"))
                .as("3 wrong signatures and 2 wrong sign-ins are 5 in a row").isEqualTo("LOCKED");
    }

    @Test
    void aSuccessfulSignInEndsTheRunOfFailures() {
        User user = seededUser(Set.of(Role.AUDITOR));
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(wrongPassword(user).status()).isEqualTo(401);
        }
        assertThat(api.get(user, "/api/lots").status()).isEqualTo(200);
        assertThat(wrongPassword(user).status()).isEqualTo(401);
        assertThat(api.get(user, "/api/lots").status()).as("one failure after a success does not lock").isEqualTo(200);
        assertThat(api.get(ADMIN, "/api/users/" + user.name()).body().path("lastLoginAt").isNull()).isFalse();
    }

    @Test
    void aResetIssuesANewOneTimePasswordAndEndsTheLockout() {
        User user = seededUser(Set.of(Role.QC_TECHNICIAN));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(wrongPassword(user).status()).isEqualTo(401);
        }
        assertThat(api.get(ADMIN, "/api/users/" + user.name()).text("status")).isEqualTo("LOCKED");
        Response reset = api.post(ADMIN, "/api/users/" + user.name() + "/reset-password",
                Map.of("reason", "Forgot password, identity checked"));
        assertThat(reset.status()).isEqualTo(200);
        User oneTime = new User(user.name(), reset.text("initialPassword"), user.fullName(), user.roles());
        assertThat(api.get(user, "/api/lots").status()).isEqualTo(401);
        assertThat(api.get(oneTime, "/api/lots").text("detail")).contains("the password must be changed");
        assertThat(actionsOn(user.name())).contains(AuditAction.PASSWORD_RESET);
    }

    @Test
    void oneSourceSendingManyWrongPasswordsIsSlowedDown() {
        HttpHeaders attacker = Api.jsonHeaders();
        attacker.set("X-Forwarded-For", "203.0.113." + (1 + (int) (Math.random() * 250)));
        for (int attempt = 1; attempt <= 10; attempt++) {
            HttpHeaders headers = Api.jsonHeaders();
            headers.putAll(attacker);
            headers.setBasicAuth(uniqueName("nobody-"), "guess" + attempt);
            assertThat(api.send(HttpMethod.GET, "/api/lots", null, headers).status()).isEqualTo(401);
        }
        HttpHeaders right = Api.jsonHeaders();
        right.putAll(attacker);
        right.setBasicAuth(TECH.name(), TECH.password());
        Response throttled = api.send(HttpMethod.GET, "/api/lots", null, right);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.text("detail")).contains("try again in a minute");
        assertThat(api.get(TECH, "/api/lots").status()).as("other sources are not slowed").isEqualTo(200);
        assertThat(api.get(ADMIN, "/api/security/events").body().findValuesAsText("kind")).contains("SOURCE_THROTTLED");
    }

    @Test
    void anApiTokenActsAsItsIntegrationUntilRevokedAndCanNeverSign() {
        String name = uniqueName("erp-");
        LocalDate expires = LocalDate.now(ZoneOffset.UTC).plusDays(90);
        Response created = api.post(ADMIN, "/api/api-tokens", Map.of("name", name, "role", "QC_MANAGER",
                "expiresOn", expires.toString()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String token = created.text("token");
        assertThat(token).startsWith("llt_").hasSizeGreaterThanOrEqualTo(4 + 43);
        assertThat(created.text("expiresOn")).isEqualTo(expires.toString());

        HttpHeaders bearer = Api.jsonHeaders();
        bearer.setBearerAuth(token);
        Response read = api.send(HttpMethod.GET, "/api/lots", null, bearer);
        assertThat(read.status()).as(read.body().toString()).isEqualTo(200);
        Response signing = api.send(HttpMethod.POST, "/api/lots/ML-2026-000001/hold", Map.of("reason", "x",
                "signature", Map.of("password", "anything", "meaning", "PLACED_ON_HOLD")), bearer);
        assertThat(signing.status()).isEqualTo(403);
        assertThat(signing.text("detail")).contains("API token cannot sign");

        Response opened = api.send(HttpMethod.POST, "/api/capas", Map.of("title", "Token CAPA " + name,
                "description", "Opened by an integration"), bearer);
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        assertThat(auditEntries.findAll().stream().filter(e -> ("token:" + name).equals(e.getUserId())))
                .as("the audit trail names the token").isNotEmpty();

        JsonNode listed = api.get(ADMIN, "/api/api-tokens").body();
        JsonNode mine = null;
        for (JsonNode t : listed) {
            if (name.equals(t.path("name").asText())) {
                mine = t;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.toString()).doesNotContain(token);
        assertThat(mine.path("lastUsedAt").isNull()).isFalse();
        assertThat(mine.path("status").asText()).isEqualTo("ACTIVE");

        assertThat(api.post(ADMIN, "/api/api-tokens", Map.of("name", name, "role", "AUDITOR",
                "expiresOn", expires.toString())).status()).as("names are never reused").isEqualTo(409);
        assertThat(api.delete(ADMIN, "/api/api-tokens/" + created.body().path("id").asLong()).status()).isEqualTo(204);
        Response revoked = api.send(HttpMethod.GET, "/api/lots", null, bearer);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.text("detail")).contains("revoked");
        assertThat(actionsOn(name)).contains(AuditAction.CREATE, AuditAction.STATUS_CHANGE);

        HttpHeaders forged = Api.jsonHeaders();
        forged.setBearerAuth("llt_" + "A".repeat(43));
        assertThat(api.send(HttpMethod.GET, "/api/lots", null, forged).status()).isEqualTo(401);
    }

    @Test
    void tokenRequestsAreValidated() {
        Response bad = api.post(ADMIN, "/api/api-tokens", Map.of("name", "Has Spaces", "role", "ROOT",
                "expiresOn", LocalDate.now(ZoneOffset.UTC).toString()));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("name", "role", "expiresOn");
        assertThat(api.post(ADMIN, "/api/api-tokens", Map.of("name", uniqueName("far-"), "role", "AUDITOR",
                "expiresOn", LocalDate.now(ZoneOffset.UTC).plusYears(3).toString())).errorFields())
                .containsExactly("expiresOn");
        assertThat(api.post(TECH, "/api/api-tokens", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void jsonIsReadStrictlyAndControlCharactersAreRefusedNamingTheField() {
        long auditBefore = auditEntries.count();
        String code = uniqueName("S").toUpperCase();
        Response booleanAsText = api.postRaw(ADMIN, "/api/suppliers",
                "{\"code\":true,\"name\":\"N\",\"status\":\"APPROVED\"}");
        assertThat(booleanAsText.status()).isEqualTo(400);
        assertThat(booleanAsText.text("detail")).contains("'code'");
        Response numberAsText = api.postRaw(ADMIN, "/api/suppliers",
                "{\"code\":\"" + code + "\",\"name\":123,\"status\":\"APPROVED\"}");
        assertThat(numberAsText.status()).isEqualTo(400);
        assertThat(numberAsText.text("detail")).contains("'name'");
        Response trailing = api.postRaw(ADMIN, "/api/suppliers",
                "{\"code\":\"" + code + "\",\"name\":\"N\",\"status\":\"APPROVED\"} {\"x\":1}");
        assertThat(trailing.status()).isEqualTo(400);
        Response nul = api.postRaw(ADMIN, "/api/suppliers",
                "{\"code\":\"" + code + "\",\"name\":\"a\\u0000b\",\"status\":\"APPROVED\"}");
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.errorFields()).containsExactly("name");
        Response newlineInACode = api.postRaw(ADMIN, "/api/suppliers",
                "{\"code\":\"A\\nB\",\"name\":\"N\",\"status\":\"APPROVED\"}");
        assertThat(newlineInACode.errorFields()).containsExactly("code");
        assertThat(auditEntries.count()).as("nothing was written").isEqualTo(auditBefore);

        Response multiLineReason = api.put(ADMIN, "/api/suppliers/NO-SUCH-SUPPLIER/status",
                Map.of("status", "CONDITIONAL", "reason", "first line\nsecond line\tindented"));
        assertThat(multiLineReason.status()).as("line breaks are fine in a reason").isEqualTo(404);
    }

    @Test
    void anUnknownApiPathIsNotFoundWithProblemDetailsWhateverTheMethod() {
        Response post = api.post(TECH, "/api/no-such-thing", Map.of());
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.text("detail")).isEqualTo("There is no API endpoint /api/no-such-thing.");
        Response get = api.get(TECH, "/api/no-such-thing");
        assertThat(get.status()).isEqualTo(404);
        assertThat(get.text("title")).isEqualTo("Not found");
        Response wrongMethod = api.put(TECH, "/api/receipts", Map.of());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(api.post(AUDITOR, "/api/receipts", Map.of()).status()).as("a real path stays forbidden").isEqualTo(403);
    }

    List<AuditAction> actionsOn(String entityId) {
        List<AuditAction> actions = new ArrayList<>();
        for (AuditEntry entry : auditEntries.findAll()) {
            if (entityId.equals(entry.getEntityId())) {
                actions.add(entry.getAction());
            }
        }
        return actions;
    }

    AuditEntry lastEntry(String entityId, AuditAction action) {
        AuditEntry last = null;
        for (AuditEntry entry : auditEntries.findAll()) {
            if (entityId.equals(entry.getEntityId()) && entry.getAction() == action) {
                last = entry;
            }
        }
        assertThat(last).as(action + " of " + entityId).isNotNull();
        return last;
    }
}
