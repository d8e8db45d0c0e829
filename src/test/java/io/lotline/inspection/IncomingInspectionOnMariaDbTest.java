package io.lotline.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.Api;
import io.lotline.support.MariaDbTestServer;
import io.lotline.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same scenarios on a real MariaDB with the production profile (see {@link MariaDbTestServer}). */
@ActiveProfiles("mariadb")
class IncomingInspectionOnMariaDbTest extends IncomingInspectionScenarios {
    static final String ADMIN_PASSWORD = "first-start-admin-password";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestServer.Database db = MariaDbTestServer.database();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("lotline.admin-password", () -> ADMIN_PASSWORD);
    }

    @Test
    void firstStartCreatesTheAdministratorAndNoDemoUsers() {
        var admin = new TestUsers.User("admin", ADMIN_PASSWORD, "Administrator", java.util.Set.of());
        assertThat(new Api(rest).get(admin, "/api/suppliers").status()).isEqualTo(200);
        assertThat(accounts.exists("tech")).isFalse();
        assertThat(accounts.exists("manager")).isFalse();
    }
}
