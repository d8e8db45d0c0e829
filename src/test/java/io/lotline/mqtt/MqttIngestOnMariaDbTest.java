package io.lotline.mqtt;

import io.lotline.support.OnMariaDb;

@OnMariaDb
class MqttIngestOnMariaDbTest extends MqttIngestScenarios {}
