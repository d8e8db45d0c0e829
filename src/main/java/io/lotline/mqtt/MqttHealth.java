package io.lotline.mqtt;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code mqtt}: UP while connected, DOWN while configured but not connected (the
 * sensors' readings are not coming in), UNKNOWN when MQTT is not configured (the overall status stays UP then).
 */
@Component("mqtt")
class MqttHealth implements HealthIndicator {
    private final MqttIngest ingest;

    MqttHealth(MqttIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    public Health health() {
        ConnectionState state = ingest.state();
        if (!state.enabled()) {
            return Health.unknown().withDetail("configured", false).build();
        }
        Health.Builder health = state.connected() ? Health.up() : Health.down();
        health.withDetail("broker", state.brokerUrl()).withDetail("clientId", state.clientId())
                .withDetail("topics", state.topicFilters());
        if (state.lastProblem() != null) {
            health.withDetail("lastProblem", state.lastProblem()).withDetail("lastProblemAt", state.lastProblemAt());
        }
        return health.build();
    }
}
