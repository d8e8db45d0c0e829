package io.lotline.production;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class ProductionOnMariaDbTest extends ProductionScenarios {}
