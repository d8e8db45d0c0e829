package io.lotline.trace;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class TraceOnMariaDbTest extends TraceScenarios {}
