package io.lotline.environment;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.production.hold.HoldService;
import io.lotline.support.Api.Response;
import io.lotline.support.FinishedGoodsSteps;
import io.lotline.support.Threads;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An excursion at the action level stops the batches running in its room through the in-process hold, once each,
 * and records them; a batch shows the excursions of its room while it ran, and its finished lot is not released
 * while such an excursion is open.
 */
abstract class ExcursionHoldScenarios extends FinishedGoodsSteps {
    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String room() {
        String code = unique("CR-");
        assertThat(api.post(ADMIN, "/api/rooms", Map.of("code", code, "name", "Cell " + code, "isoClass", 7))
                .status()).isEqualTo(201);
        return code;
    }

    private String machineIn(String room) {
        String machineId = unique("IMM-");
        assertThat(api.put(ADMIN, "/api/machines/" + machineId, Map.of("name", "Press " + machineId, "roomCode", room))
                .status()).isEqualTo(201);
        return machineId;
    }

    private Response temperature(String room, double value, Instant takenAt) {
        Response posted = api.post(TECH, "/api/rooms/" + room + "/readings", Map.of("parameter", "TEMPERATURE",
                "value", value, "unit", "°C", "takenAt", takenAt.toString()));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        return posted;
    }

    private JsonNode batch(String batchNumber) {
        return api.get(AUDITOR, "/api/batches/" + batchNumber).body();
    }

    @Test
    void anExcursionAtTheActionLevelHoldsEveryBatchRunningInItsRoomOnceAndNoOther() {
        String room = room();
        String press = machineIn(room);
        String running = runningBatchOn(press);
        String planned = plannedBatchOn(machineIn(room));
        String elsewhere = runningBatchOn(machineIn(room()));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        for (int i = 1; i <= 3; i++) {
            temperature(room, 24.5, start.plusMillis(i * 100L));
        }
        JsonNode alert = api.get(AUDITOR, "/api/rooms/" + room + "/excursions").body().get(0);
        assertThat(alert.path("level").asText()).isEqualTo("ALERT");
        assertThat(alert.path("affectedBatches")).as("an alert holds nothing").isEmpty();
        assertThat(batch(running).path("status").asText()).isEqualTo("RUNNING");

        JsonNode escalated = temperature(room, 26.4, start.plusMillis(400)).body().path("excursions").get(0);
        String excursion = escalated.path("excursionNumber").asText();
        assertThat(escalated.path("level").asText()).isEqualTo("ACTION");
        assertThat(escalated.path("affectedBatches").findValuesAsText("batchNumber")).containsExactly(running);
        String hold = escalated.path("affectedBatches").get(0).path("holdNumber").asText();

        JsonNode held = batch(running);
        assertThat(held.path("status").asText()).isEqualTo("ON_HOLD");
        JsonNode openHold = held.path("openHolds").get(0);
        assertThat(openHold.path("holdNumber").asText()).isEqualTo(hold);
        assertThat(openHold.path("origin").asText()).isEqualTo("EXCURSION");
        assertThat(openHold.path("reason").asText()).contains(excursion, room, "TEMPERATURE reached 26.4 °C");
        assertThat(taskFor(TECH, "batchNumber", running, "investigateHold", HoldService.PROCESS_KEY)).isNotNull();
        assertThat(batch(planned).path("status").asText()).as("not running, nothing to stop").isEqualTo("PLANNED");
        assertThat(batch(elsewhere).path("status").asText()).as("another room").isEqualTo("RUNNING");

        // the batch planned before starts while the room is still beyond its limits: the next reading stops it too
        assertThat(api.post(TECH, "/api/batches/" + planned + "/start", null).status()).isEqualTo(200);
        JsonNode later = temperature(room, 25.6, start.plusMillis(500)).body().path("excursions").get(0);
        assertThat(later.path("excursionNumber").asText()).isEqualTo(excursion);
        assertThat(later.path("affectedBatches").findValuesAsText("batchNumber")).containsExactly(running, planned);
        assertThat(batch(running).path("holds")).as("held once, not again by each reading").hasSize(1);
        assertThat(batch(planned).path("openHolds").get(0).path("origin").asText()).isEqualTo("EXCURSION");

        temperature(room, 21.0, start.plusMillis(600));
        JsonNode ended = api.get(AUDITOR, "/api/rooms/" + room + "/excursions").body().get(0);
        assertThat(ended.path("status").asText()).isEqualTo("BACK_IN_LIMITS");
        assertThat(ended.path("affectedBatches").findValuesAsText("holdNumber")).hasSize(2).contains(hold);

        JsonNode exposure = batch(running).path("excursions");
        assertThat(exposure.findValuesAsText("excursionNumber")).containsExactly(excursion);
        assertThat(batch(elsewhere).path("excursions")).isEmpty();
        assertThat(api.get(AUDITOR, "/api/audit?entityType=EXCURSION&entityId=" + excursion + "&action=UPDATE").body()
                .get(0).path("changes").path("affectedBatches").path("new").toString()).contains(running, planned);
        assertThat(api.get(AUDITOR, "/api/audit?entityType=IN_PROCESS_HOLD&entityId=" + hold).body().get(0)
                .path("changes").path("origin").path("new").asText()).isEqualTo("EXCURSION");
    }

    @Test
    void excursionsOfSeveralParametersAtOnceHoldEachRunningBatchExactlyOnce() throws Exception {
        String room = room();
        List<String> running = IntStream.range(0, 3).mapToObj(i -> runningBatchOn(machineIn(room))).toList();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Map<String, Object>> beyondAction = List.of(
                Map.of("parameter", "TEMPERATURE", "value", 27, "takenAt", at.toString()),
                Map.of("parameter", "RELATIVE_HUMIDITY", "value", 90, "takenAt", at.toString()),
                Map.of("parameter", "PARTICLES_0_5_UM", "value", 900_000, "takenAt", at.toString()),
                Map.of("parameter", "PARTICLES_5_UM", "value", 90_000, "takenAt", at.toString()));
        List<Callable<Integer>> posts = new ArrayList<>();
        for (Map<String, Object> reading : beyondAction) {
            posts.add(() -> api.post(TECH, "/api/rooms/" + room + "/readings", reading).status());
        }

        assertThat(Threads.run(beyondAction.size(), posts)).containsOnly(201);

        JsonNode excursions = api.get(AUDITOR, "/api/rooms/" + room + "/excursions").body();
        assertThat(excursions).hasSize(4);
        for (JsonNode excursion : excursions) {
            assertThat(excursion.path("affectedBatches").findValuesAsText("batchNumber"))
                    .containsExactlyInAnyOrderElementsOf(running);
        }
        for (String batchNumber : running) {
            JsonNode batch = batch(batchNumber);
            assertThat(batch.path("status").asText()).isEqualTo("ON_HOLD");
            assertThat(batch.path("holds")).as("one hold, however many excursions found it").hasSize(1);
            assertThat(batch.path("excursions")).hasSize(4);
        }
    }

    @Test
    void aLotMadeDuringAnOpenActionExcursionIsNotReleasedUntilTheRoomIsBackInLimits() {
        String room = room();
        String batch = withMaterialIssued(runningBatchOn(machineIn(room)), releasedResinLot(1, null));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String excursion = temperature(room, 25.9, start).body().path("excursions").get(0).path("excursionNumber")
                .asText();
        investigate(TECH, batch);
        String decideTask = taskFor(MANAGER, "batchNumber", batch, "decideHold", HoldService.PROCESS_KEY);
        assertThat(api.post(MANAGER, "/api/tasks/" + decideTask + "/complete",
                holdDecision("RESUME", false, MANAGER.password())).status()).isEqualTo(200);
        Response completed = api.post(TECH, "/api/batches/" + batch + "/complete", completion(10, 0));
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        String lot = completed.text("finishedLotNumber");
        inspectFinal(TECH, lot, "PASS");

        JsonNode blocked = api.get(AUDITOR, "/api/lots/" + lot + "/release-review").body();
        assertThat(blocked.path("blockers").toString()).contains("Batch " + batch + " ran in room " + room
                + " during excursion " + excursion + " (TEMPERATURE beyond its action limit), still open");
        Response refused = decide(MANAGER, lot, release());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains(excursion);

        temperature(room, 21.5, start.plusMillis(100));
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/release-review").body().path("blockers")).isEmpty();
        assertThat(decide(MANAGER, lot, release()).status()).isEqualTo(200);
    }
}
