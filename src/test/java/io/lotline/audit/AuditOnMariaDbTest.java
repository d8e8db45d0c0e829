package io.lotline.audit;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class AuditOnMariaDbTest extends AuditScenarios {}
