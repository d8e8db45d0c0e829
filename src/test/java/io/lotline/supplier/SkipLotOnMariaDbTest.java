package io.lotline.supplier;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class SkipLotOnMariaDbTest extends SkipLotScenarios {}
