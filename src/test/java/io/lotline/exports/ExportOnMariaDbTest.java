package io.lotline.exports;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class ExportOnMariaDbTest extends ExportScenarios {}
