package io.lotline.release;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class RejectedLotOnMariaDbTest extends RejectedLotScenarios {}
