package io.lotline.environment;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class ExcursionOnMariaDbTest extends ExcursionScenarios {}
