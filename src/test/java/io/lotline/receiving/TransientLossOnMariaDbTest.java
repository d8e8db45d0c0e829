package io.lotline.receiving;

import io.lotline.support.OnMariaDb;
import org.springframework.test.context.TestPropertySource;

/**
 * On MariaDB, as a second application node on the suite's database whose connections give up a lock wait after 1 s
 * (the server's default is 50 s).
 */
@OnMariaDb
@TestPropertySource(properties = "spring.datasource.hikari.connection-init-sql=SET SESSION innodb_lock_wait_timeout = 1")
class TransientLossOnMariaDbTest extends TransientLossScenarios {}
