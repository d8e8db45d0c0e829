package io.lotline.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MariaDbSettingsGuardTest {
    @Test
    void refusesAUrlWithoutMysqlMetadataNamingTheSetting() {
        assertThatThrownBy(() -> new MariaDbSettingsGuard("jdbc:mariadb://db:3306/lotline?nullDatabaseMeansCurrent=true"))
                .hasMessageContaining("useMysqlMetadata=true");
        assertThatThrownBy(() -> new MariaDbSettingsGuard("jdbc:mariadb://db:3306/lotline?useMysqlMetadata=true"))
                .hasMessageContaining("nullDatabaseMeansCurrent=true");
    }

    @Test
    void acceptsAUrlWithBothSettings() {
        assertThatCode(() -> new MariaDbSettingsGuard(
                "jdbc:mariadb://db:3306/lotline?useMysqlMetadata=true&nullDatabaseMeansCurrent=true")).doesNotThrowAnyException();
    }
}
