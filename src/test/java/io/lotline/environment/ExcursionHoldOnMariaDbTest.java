package io.lotline.environment;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class ExcursionHoldOnMariaDbTest extends ExcursionHoldScenarios {}
