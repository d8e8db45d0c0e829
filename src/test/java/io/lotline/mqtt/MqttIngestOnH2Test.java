package io.lotline.mqtt;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class MqttIngestOnH2Test extends MqttIngestScenarios {}
