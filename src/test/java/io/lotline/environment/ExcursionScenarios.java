package io.lotline.environment;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static io.lotline.support.TestUsers.TECH_AND_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.production.hold.HoldService;
import io.lotline.support.Api.Response;
import io.lotline.support.FinishedGoodsSteps;
import io.lotline.support.TestUsers;
import io.lotline.support.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * An excursion at the action level stops the batches running in its room through the in-process hold, once each,
 * and records them; a batch shows the excursions of its room while it ran. The excursion's process (real BPMN) has
 * its impact assessed and a signed decision, and a finished lot made during it is not released before that.
 */
abstract class ExcursionScenarios extends FinishedGoodsSteps {
    private String room() {
        return room(7);
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
    void aLotMadeDuringAnActionExcursionIsNotReleasedBeforeItsImpactDecisionAndItsRecordShowsTheExcursion() {
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
        temperature(room, 21.5, start.plusMillis(100));
        assertThat(excursion(excursion).path("status").asText()).isEqualTo("BACK_IN_LIMITS");

        String awaiting = "Batch " + batch + " ran in room " + room + " during excursion " + excursion
                + " (TEMPERATURE beyond its action limit), whose impact decision is not signed yet";
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/release-review").body().path("blockers").toString())
                .as("back in limits is not enough").contains(awaiting);
        Response refused = decide(MANAGER, lot, release());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains(excursion);

        assess(TECH, excursion, "Room temperature only; the parts were measured within spec", List.of());
        Response nothingToHold = decideExcursion(MANAGER, excursion, "HOLD_LOTS", "Hold what was made", false);
        assertThat(nothingToHold.status()).isEqualTo(422);
        assertThat(nothingToHold.errorFields()).containsExactly("decision");
        assertThat(decideExcursion(MANAGER, excursion, "NO_IMPACT", "Within spec, short excursion", false).status())
                .isEqualTo(200);
        JsonNode closed = excursion(excursion);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("signature").path("meaning").asText()).isEqualTo("APPROVED_EXCURSION_DECISION");
        assertThat(closed.path("assessedBy").asText()).isEqualTo(TECH.name());
        assertThat(Instant.parse(closed.path("assessedAt").asText())).isBefore(Instant.parse(
                closed.path("decidedAt").asText()));
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/release-review").body().path("blockers")).isEmpty();
        assertThat(decide(MANAGER, lot, release()).status()).isEqualTo(200);
        assertThat(api.get(AUDITOR, "/api/lots/" + lot).body().path("excursions").findValuesAsText("excursionNumber"))
                .as("the finished lot shows what its batch was exposed to").containsExactly(excursion);

        String record = deviceHistoryRecordText(lot);
        assertThat(record).contains("Cell " + room + " (ISO 7)", excursion, "TEMPERATURE", "CLOSED", "25.9");
        JsonNode trace = api.get(AUDITOR, "/api/trace/backward/" + lot).body();
        JsonNode batchNode = null;
        for (JsonNode node : trace.path("nodes")) {
            if (node.path("type").asText().equals("BATCH") && node.path("id").asText().equals(batch)) {
                batchNode = node;
            }
        }
        assertThat(batchNode).as("the batch in the backward trace").isNotNull();
        assertThat(batchNode.path("details").path("room").asText()).isEqualTo(room + " (ISO 7)");
        assertThat(batchNode.path("details").path("excursions").asText()).isEqualTo(excursion);
    }

    @Test
    void anActionExcursionsSignedDecisionQuarantinesTheLotsNamedInStockAndKeepsTheOnesInReviewFromRelease() {
        String room = room();
        String press = machineIn(room);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        temperature(room, 21.0, start);
        String released = finishedLotOn(press);
        inspectFinal(TECH, released, "PASS");
        assertThat(decide(MANAGER, released, release()).status()).isEqualTo(200);
        String inReview = finishedLotOn(press);
        String held = runningBatchOn(press);
        String excursion = temperature(room, 26.5, start.plusMillis(100)).body().path("excursions").get(0)
                .path("excursionNumber").asText();

        String assessTask = taskFor(TECH_AND_MANAGER, "excursionNumber", excursion, "assessExcursion",
                ExcursionService.PROCESS_KEY);
        Response wrong = api.post(TECH_AND_MANAGER, "/api/tasks/" + assessTask + "/complete", Map.of("assessment", " ",
                "affectedLots", List.of("FL-0000-000000", released, released)));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("assessment", "affectedLots[0]", "affectedLots[2]");
        assess(TECH_AND_MANAGER, excursion, "The cell ran 1.5 °C above its action limit for the whole shift",
                List.of(released, inReview));
        Response ownDecision = decideExcursion(TECH_AND_MANAGER, excursion, "HOLD_LOTS", "Hold them", false);
        assertThat(ownDecision.status()).as("four-eyes").isEqualTo(403);
        Response noJustification = decideExcursion(MANAGER, excursion, "HOLD_LOTS", " ", false);
        assertThat(noJustification.errorFields()).containsExactly("justification");
        assertThat(decideExcursion(MANAGER, excursion, "HOLD_LOTS", "Dimensional re-check of both lots", true)
                .status()).isEqualTo(200);

        JsonNode decided = excursion(excursion);
        assertThat(decided.path("decision").asText()).isEqualTo("HOLD_LOTS");
        assertThat(decided.path("status").asText()).as("its readings are still beyond the limits").isEqualTo("OPEN");
        assertThat(decided.path("affectedBatches").findValuesAsText("batchNumber")).containsExactly(held);
        Map<String, String> outcomes = new HashMap<>();
        decided.path("affectedLots").forEach(lot -> outcomes.put(lot.path("lotNumber").asText(),
                lot.path("outcome").asText()));
        assertThat(outcomes.get(released)).startsWith("Quarantined, nonconformance NC-");
        assertThat(outcomes.get(inReview)).isEqualTo("In release review: kept from release (reject it there)");
        assertThat(lotStatusOf(released)).isEqualTo("QUARANTINED");
        assertThat(api.get(AUDITOR, "/api/lots/" + released).body().path("excursions")
                .findValuesAsText("excursionNumber")).as("named by the decision").containsExactly(excursion);
        String capa = decided.path("capaNumber").asText();
        assertThat(capa).startsWith("CAPA-");
        assertThat(api.get(AUDITOR, "/api/capas/" + capa).body().path("source").asText()).isEqualTo("EXCURSION");

        inspectFinal(TECH, inReview, "PASS");
        assertThat(api.get(AUDITOR, "/api/lots/" + inReview + "/release-review").body().path("blockers").toString())
                .contains("The signed decision HOLD_LOTS of excursion " + excursion + " names this lot");
        assertThat(decide(MANAGER, inReview, release()).status()).isEqualTo(409);

        temperature(room, 21.2, start.plusMillis(200));
        assertThat(excursion(excursion).path("status").asText()).isEqualTo("CLOSED");
        JsonNode audit = api.get(AUDITOR, "/api/audit?entityType=EXCURSION&entityId=" + excursion).body();
        assertThat(audit.findValuesAsText("userId")).contains(TECH_AND_MANAGER.name(), MANAGER.name());
        assertThat(api.get(AUDITOR, "/api/excursions/EX-0000-000000").status()).isEqualTo(404);
    }

    private String finishedLotOn(String machineId) {
        String batch = withMaterialIssued(runningBatchOn(machineId), releasedResinLot(1, null));
        Response completed = api.post(TECH, "/api/batches/" + batch + "/complete", completion(10, 0));
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        return completed.text("finishedLotNumber");
    }

    private JsonNode excursion(String excursionNumber) {
        Response excursion = api.get(AUDITOR, "/api/excursions/" + excursionNumber);
        assertThat(excursion.status()).isEqualTo(200);
        return excursion.body();
    }

    private void assess(TestUsers.User technician, String excursion, String assessment, List<String> lots) {
        String task = taskFor(technician, "excursionNumber", excursion, "assessExcursion",
                ExcursionService.PROCESS_KEY);
        Response assessed = api.post(technician, "/api/tasks/" + task + "/complete", Map.of("assessment", assessment,
                "affectedLots", lots));
        assertThat(assessed.status()).as(assessed.body().toString()).isEqualTo(200);
    }

    private Response decideExcursion(TestUsers.User manager, String excursion, String decision, String justification,
                                     boolean openCapa) {
        String task = taskFor(manager, "excursionNumber", excursion, "decideExcursion", ExcursionService.PROCESS_KEY);
        return api.post(manager, "/api/tasks/" + task + "/complete", Map.of("decision", decision, "justification",
                justification, "openCapa", openCapa, "signature", Map.of("password", manager.password(),
                        "meaning", "APPROVED_EXCURSION_DECISION")));
    }

    private String deviceHistoryRecordText(String lot) {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth(AUDITOR.name(), AUDITOR.password())
                .getForEntity("/api/lots/" + lot + "/record.pdf", byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        try (PDDocument document = PDDocument.load(pdf.getBody())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // table cells wrap their text
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
