package io.lotline.mqtt;

import static io.lotline.support.Eventually.eventually;
import static io.lotline.support.TestUsers.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lotline.support.ProductionSteps;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A restart of the broker loses nothing: readings published while Lotline is not connected, kept by the broker
 * across its restart, are recorded when Lotline connects again; a connected Lotline reconnects by itself after the
 * broker restarts. Against a Mosquitto of the test's own (Debian's package), so the machine's broker stays up.
 */
@ActiveProfiles("test")
class MqttBrokerRestartTest extends ProductionSteps {
    private static PrivateMosquitto mosquitto;

    @Autowired MqttIngest ingest;

    /** CI installs Mosquitto (.ci/run); on a developer machine without it, MQTT stays off and the test is skipped. */
    @DynamicPropertySource
    static void connectToTheTestsBroker(DynamicPropertyRegistry registry) throws IOException {
        if (PrivateMosquitto.installed()) {
            mosquitto = PrivateMosquitto.start();
            registry.add("lotline.mqtt.broker-url", mosquitto::url);
            registry.add("lotline.mqtt.client-id", () -> "lotline-it-restart-" + UUID.randomUUID());
        }
    }

    @AfterAll
    static void stopTheBroker() throws IOException {
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    private long readingsOf(String room, String value) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM room_reading r JOIN room ON room.id = r.room_id"
                + " WHERE room.code = ? AND r.reading = ?", Long.class, room, new BigDecimal(value));
    }

    private long roomReadings(String room) {
        return api.get(AUDITOR, "/api/rooms/" + room).body().path("readings").asLong();
    }

    @Test
    void readingsKeptByTheBrokerAcrossItsRestartAreRecordedAndLotlineReconnectsByItself() throws Exception {
        assumeTrue(mosquitto != null || System.getenv("CI") != null, "Debian's mosquitto is not installed");
        Broker broker = new Broker(mosquitto.url());
        String room = room(7);
        String topic = "lotline/rooms/" + room + "/readings";
        eventually(() -> ingest.state().connected(), connected -> connected, "Lotline connected to the broker");

        ingest.stop();
        broker.publish(topic, "{\"parameter\":\"TEMPERATURE\",\"value\":21.1}");
        broker.publish(topic, "{\"parameter\":\"TEMPERATURE\",\"value\":21.2}");
        mosquitto.restart();
        broker.publish(topic, "{\"parameter\":\"TEMPERATURE\",\"value\":21.3}");
        assertThat(roomReadings(room)).isZero();
        ingest.start();
        eventually(() -> roomReadings(room), count -> count == 3, "the three readings kept by the broker recorded");

        mosquitto.restart();
        eventually(() -> ingest.state().connected(), connected -> connected, "Lotline reconnected by itself");
        broker.publish(topic, "{\"parameter\":\"TEMPERATURE\",\"value\":21.4}");
        eventually(() -> readingsOf(room, "21.4"), count -> count == 1, "the reading after the reconnect recorded");
        // QoS 1 is at-least-once: a reading whose acknowledgement had not reached the broker before it went down is
        // delivered again after the reconnect, so the earlier ones may be there twice, but none is lost
        for (String earlier : new String[] {"21.1", "21.2", "21.3"}) {
            assertThat(readingsOf(room, earlier)).as(earlier).isBetween(1L, 2L);
        }
    }
}
