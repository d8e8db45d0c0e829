package io.lotline.environment;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class RoomOnMariaDbTest extends RoomScenarios {}
