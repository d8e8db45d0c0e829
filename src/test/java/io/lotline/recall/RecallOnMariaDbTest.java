package io.lotline.recall;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class RecallOnMariaDbTest extends RecallScenarios {}
