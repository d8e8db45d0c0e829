package io.lotline.security;

import io.lotline.support.OnMariaDb;

/** The same scenarios on a real MariaDB with the production profile. */
@OnMariaDb
class AccountsOnMariaDbTest extends AccountsScenarios {}
