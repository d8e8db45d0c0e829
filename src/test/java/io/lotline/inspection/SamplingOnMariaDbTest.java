package io.lotline.inspection;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class SamplingOnMariaDbTest extends SamplingScenarios {}
