package io.lotline.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on a real MariaDB with the production profile (see {@link MariaDbTestServer}); every class
 * carrying it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("mariadb")
@ContextConfiguration(initializers = OnMariaDb.Database.class)
public @interface OnMariaDb {
    String ADMIN_PASSWORD = "first-start-admin-password";

    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            MariaDbTestServer.Database db = MariaDbTestServer.database();
            TestPropertyValues.of(
                    "spring.datasource.url=" + db.jdbcUrl(),
                    "spring.datasource.username=" + db.user(),
                    "spring.datasource.password=" + db.password(),
                    "lotline.admin-password=" + ADMIN_PASSWORD,
                    "lotline.audit.checkpoint-dir=" + db.checkpointDirectory(),
                    "lotline.audit.checkpoint-every-entries=5",
                    "lotline.audit.checkpoint-cron=-").applyTo(context);
        }
    }
}
