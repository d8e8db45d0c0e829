package io.lotline.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.Api;
import io.lotline.support.OnMariaDb;
import io.lotline.support.TestUsers;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The same scenarios on a real MariaDB with the production profile. */
@OnMariaDb
class IncomingInspectionOnMariaDbTest extends IncomingInspectionScenarios {
    @Test
    void firstStartCreatesTheAdministratorAndNoDemoUsers() {
        var admin = new TestUsers.User("admin", OnMariaDb.ADMIN_PASSWORD, "Administrator", Set.of());
        assertThat(new Api(rest).get(admin, "/api/suppliers").status()).isEqualTo(200);
        assertThat(accounts.exists("tech")).isFalse();
        assertThat(accounts.exists("manager")).isFalse();
    }
}
