package io.lotline.quarantine;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class QuarantineOnMariaDbTest extends QuarantineScenarios {}
