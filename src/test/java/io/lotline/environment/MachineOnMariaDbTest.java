package io.lotline.environment;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class MachineOnMariaDbTest extends MachineScenarios {}
