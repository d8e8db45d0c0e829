package io.lotline.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several Lotline nodes may share one database: Camunda 7's homogeneous cluster, where every node runs the engine's
 * job executor and each due job is locked in the engine's job table by the one executor that runs it, so a timer
 * fires once. Lotline's own scheduled jobs take a lock row named after the job (ShedLock, table {@code shedlock}),
 * so that each run happens on one node; the row names the node, and the database's clock decides when it expires.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class ClusterConfig {
    @Bean
    LockProvider scheduledJobLocks(DataSource dataSource, NodeName node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(node.name())
                .build());
    }
}
