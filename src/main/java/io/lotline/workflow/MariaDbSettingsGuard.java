package io.lotline.workflow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 recognises MariaDB only through MySQL metadata; without these URL settings it fails later and
 * less clearly, so the mariadb profile refuses to start without them.
 */
@Component
@Profile("mariadb")
public class MariaDbSettingsGuard {
    static final String[] REQUIRED_URL_SETTINGS = {"useMysqlMetadata=true", "nullDatabaseMeansCurrent=true"};

    public MariaDbSettingsGuard(@Value("${spring.datasource.url}") String url) {
        for (String setting : REQUIRED_URL_SETTINGS) {
            if (!url.contains(setting)) {
                throw new IllegalStateException("LOTLINE_DB_URL must contain '" + setting + "' (Camunda needs MySQL "
                        + "metadata on MariaDB), e.g. jdbc:mariadb://localhost:3306/lotline?useMysqlMetadata=true"
                        + "&nullDatabaseMeansCurrent=true");
            }
        }
    }
}
