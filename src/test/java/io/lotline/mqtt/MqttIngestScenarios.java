package io.lotline.mqtt;

import static io.lotline.support.Eventually.eventually;
import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.ProductionSteps;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Room and machine sensors over a real MQTT broker (the machine's Mosquitto, or LOTLINE_TEST_MQTT_URL): readings
 * recorded through the same rules as over REST, unusable messages kept with the reason, and messages published
 * while Lotline is not connected recorded when it connects again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"lotline.mqtt.broker-url=${LOTLINE_TEST_MQTT_URL:tcp://127.0.0.1:1883}",
        "lotline.mqtt.client-id=lotline-it-${random.uuid}"})
abstract class MqttIngestScenarios extends ProductionSteps {
    @Autowired MqttIngest ingest;
    @Value("${lotline.mqtt.broker-url}") String brokerUrl;

    /** CI starts Mosquitto (.ci/run); a developer machine without a broker skips rather than fails. */
    @BeforeAll
    void needABroker() {
        assumeTrue(broker().answers() || System.getenv("CI") != null, "no MQTT broker answers at " + brokerUrl
                + " (install mosquitto, or set LOTLINE_TEST_MQTT_URL)");
    }

    private Broker broker() {
        return new Broker(brokerUrl);
    }

    /** Ends this context's persistent session at the broker, so that the broker keeps nothing for it. */
    @AfterAll
    void endTheSession() throws MqttException {
        String clientId = ingest.state().clientId();
        ingest.stop();
        if (broker().answers()) {
            broker().endSession(clientId);
        }
    }

    private void publish(String topic, String payload) throws MqttException {
        broker().publish(topic, payload);
    }

    private String room() {
        return room(7);
    }

    private long roomReadings(String room) {
        return api.get(AUDITOR, "/api/rooms/" + room).body().path("readings").asLong();
    }

    private long sensorReadingsOf(String batch) {
        return jdbc.queryForObject("select count(*) from process_reading r join production_batch b on r.batch_id = b.id"
                + " where b.batch_number = ? and r.source = 'SENSOR' and r.recorded_by = 'mqtt'", Long.class, batch);
    }

    /** The rejected message on the topic, once it is there. */
    private JsonNode rejectedOn(String topic) {
        return eventually(() -> {
            for (JsonNode message : api.get(ADMIN, "/api/machine-messages/rejected?size=500").body()) {
                if (message.path("topic").asText().equals(topic)) {
                    return message;
                }
            }
            return null;
        }, message -> message != null, "a rejected message on " + topic);
    }

    @Test
    void roomReadingsAreRecordedAndAnActionExcursionHoldsTheBatchRunningInTheRoom() throws MqttException {
        String room = room();
        String batch = runningBatchOn(machineIn(room));
        publish("lotline/rooms/" + room + "/readings", """
                [{"parameter":"TEMPERATURE","value":21.5,"unit":"°C"},
                 {"parameter":"PARTICLES_0_5_UM","value":500000,"unit":"count/m3"}]""");

        eventually(() -> roomReadings(room), count -> count == 2, "both room readings recorded");
        JsonNode excursion = api.get(AUDITOR, "/api/rooms/" + room + "/excursions").body().get(0);
        assertThat(excursion.path("level").asText()).isEqualTo("ACTION");
        assertThat(excursion.path("affectedBatches").findValuesAsText("batchNumber")).containsExactly(batch);
        assertThat(api.get(AUDITOR, "/api/batches/" + batch).body().path("status").asText()).isEqualTo("ON_HOLD");
        assertThat(api.get(AUDITOR, "/api/audit?entityType=EXCURSION&entityId="
                + excursion.path("excursionNumber").asText()).body().get(0).path("userId").asText()).isEqualTo("mqtt");
    }

    @Test
    void machineReadingsGoToTheBatchRunningOnTheMachineAndAnOutOfSpecValueHoldsIt() throws MqttException {
        String machine = machineIn(room());
        String batch = runningBatchOn(machine);
        String topic = "lotline/machines/" + machine + "/readings";
        publish(topic, """
                {"parameter":"Melt temperature","value":236.1,"unit":"°C"}""");
        eventually(() -> sensorReadingsOf(batch), count -> count == 1, "the sensor's reading recorded on " + batch);
        assertThat(api.get(AUDITOR, "/api/batches/" + batch).body().path("status").asText()).isEqualTo("RUNNING");

        publish(topic, """
                [{"parameter":"Part weight","cavity":1,"value":10.02},
                 {"parameter":"Part weight","cavity":2,"value":10.9}]""");
        eventually(() -> sensorReadingsOf(batch), count -> count == 3, "both part weights recorded");
        JsonNode held = api.get(AUDITOR, "/api/batches/" + batch).body();
        assertThat(held.path("status").asText()).isEqualTo("ON_HOLD");
        assertThat(held.path("openHolds").get(0).path("origin").asText()).isEqualTo("SPEC_VIOLATION");
    }

    @Test
    void messagesThatCannotBeUsedAreKeptWithTheReasonAndNothingOfThemIsRecorded() throws MqttException {
        String room = room();
        String idleMachine = machineIn(room);
        String malformed = "lotline/rooms/" + room + "/readings";
        publish(malformed, "{\"parameter\":\"TEMPERATURE\",");
        String unknownRoom = "lotline/rooms/" + unique("NO-ROOM-") + "/readings";
        publish(unknownRoom, "{\"parameter\":\"TEMPERATURE\",\"value\":21}");
        String unknownMachine = "lotline/machines/" + unique("NO-PRESS-") + "/readings";
        publish(unknownMachine, "{\"parameter\":\"Melt temperature\",\"value\":236}");
        String noBatch = "lotline/machines/" + idleMachine + "/readings";
        publish(noBatch, "{\"parameter\":\"Melt temperature\",\"value\":236}");

        assertThat(rejectedOn(malformed).path("reason").asText()).contains("not valid JSON");
        assertThat(rejectedOn(malformed).path("payload").asText()).isEqualTo("{\"parameter\":\"TEMPERATURE\",");
        assertThat(rejectedOn(unknownRoom).path("reason").asText()).contains("does not exist");
        assertThat(rejectedOn(unknownMachine).path("reason").asText()).contains("is not registered");
        assertThat(rejectedOn(noBatch).path("reason").asText())
                .contains("No batch was running on machine " + idleMachine);

        String invalid = "lotline/rooms/" + room() + "/readings";
        publish(invalid, """
                [{"parameter":"PARTICLES_5_UM","value":12},{"parameter":"PARTICLES_5_UM","value":-3}]""");
        JsonNode refused = rejectedOn(invalid);
        assertThat(refused.path("reason").asText()).contains("[1].value: a particle count cannot be negative");
        assertThat(refused.path("payloadBytes").asInt()).isPositive();
        assertThat(roomReadings(room)).as("nothing recorded").isZero();

        Response listed = api.get(AUDITOR, "/api/machine-messages/rejected?size=2");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).hasSize(2);
        assertThat(Long.parseLong(listed.header("X-Total-Count"))).isGreaterThanOrEqualTo(5);
        assertThat(listed.body().get(0).path("topic").asText()).as("newest first").isEqualTo(invalid);
        assertThat(api.get(TECH, "/api/machine-messages/rejected").status()).isEqualTo(403);
        assertThat(api.get(ADMIN, "/api/machine-messages/rejected?size=0").errorFields()).containsExactly("size");
    }

    @Test
    void messagesPublishedWhileLotlineIsNotConnectedAreRecordedWhenItIsAgain() throws MqttException {
        eventually(() -> health().path("components").path("mqtt").path("status").asText(), "UP"::equals,
                "the health endpoint showing MQTT up");
        String room = room();
        ingest.stop();
        assertThat(health().path("components").path("mqtt").path("status").asText()).isEqualTo("DOWN");
        for (int i = 0; i < 3; i++) {
            publish("lotline/rooms/" + room + "/readings", "{\"parameter\":\"TEMPERATURE\",\"value\":2" + i + "}");
        }
        assertThat(roomReadings(room)).isZero();

        ingest.start();
        eventually(() -> roomReadings(room), count -> count == 3, "the three readings kept by the broker recorded");
        eventually(() -> health().path("components").path("mqtt").path("status").asText(), "UP"::equals,
                "MQTT up again");
    }

    private JsonNode health() {
        return rest.getForObject("/actuator/health", JsonNode.class);
    }
}
