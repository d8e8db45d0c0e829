package io.lotline.production;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH2;
import static io.lotline.support.TestUsers.TECH;
import static io.lotline.support.TestUsers.TECH_AND_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.ProductionSteps;
import io.lotline.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * Molding runs over the API with the real BPMN: material issue (bill of materials, FEFO, concurrency), readings with
 * SPC, in-process holds and CAPAs. Runs on H2 and on MariaDB.
 */
abstract class ProductionScenarios extends ProductionSteps {
    static final String HOLD_PROCESS = "in-process-hold";
    static final String CAPA_PROCESS = "corrective-action";

    // ---- batches ----

    @Test
    void batchesAreListedNewestFirstOnePageAtATime() {
        List<String> planned = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Response created = api.post(TECH, "/api/batches", batchRequest(setup()));
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            planned.add(created.text("batchNumber"));
        }
        assertListedNewestFirstOnePageAtATime("/api/batches", "batchNumber", planned.get(0), planned.get(1));
    }

    @Test
    void aBatchIsPlannedStartedWithItsSetupAndCompletedPerCavity() {
        Response created = api.post(TECH, "/api/batches", batchRequest(null));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("batchNumber")).matches("PB-\\d{4}-\\d{6}");
        assertThat(created.text("status")).isEqualTo("PLANNED");
        String batch = created.text("batchNumber");

        Response withoutSetup = api.post(TECH, "/api/batches/" + batch + "/start", Map.of());
        assertThat(withoutSetup.status()).isEqualTo(422);
        assertThat(withoutSetup.errorFields()).contains("setup.meltTemperature", "setup.cycleTime");
        Response started = api.post(TECH, "/api/batches/" + batch + "/start", Map.of("setup", setup()));
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.text("status")).isEqualTo("RUNNING");
        assertThat(started.body().path("setup").path("meltTemperature").decimalValue()).isEqualByComparingTo("235");

        Response nothingIssued = api.post(TECH, "/api/batches/" + batch + "/complete", completion(1900, 100));
        assertThat(nothingIssued.status()).isEqualTo(409);
        assertThat(nothingIssued.text("detail")).contains("No material was issued");
        String lot = releasedResinLot(100, null);
        assertThat(api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(lot, "24")).status()).isEqualTo(201);

        Map<String, Object> mismatched = completion(1900, 100);
        mismatched.put("cavities", List.of(cavity(1, 950, 50), cavity(2, 900, 50)));
        Response refused = api.post(TECH, "/api/batches/" + batch + "/complete", mismatched);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("cavities");

        Map<String, Object> completion = completion(1900, 100);
        completion.put("cavities", List.of(cavity(1, 950, 50), cavity(2, 950, 50)));
        Response completed = api.post(TECH, "/api/batches/" + batch + "/complete", completion);
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        JsonNode view = api.get(AUDITOR, "/api/batches/" + batch).body();
        assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(view.path("goodQuantity").asInt()).isEqualTo(1900);
        assertThat(view.path("cavityOutput")).hasSize(2);
        assertThat(view.path("consumptions").get(0).path("lotNumber").asText()).isEqualTo(lot);
        assertThat(view.path("consumptions").get(0).path("lotStatusAtIssue").asText()).isEqualTo("RELEASED");
        assertThat(api.post(TECH, "/api/batches/" + batch + "/start", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aBatchNeedsAKnownProductWithABillOfMaterialsAndSaysWhatIsMissing() {
        long batchesBefore = count("production_batch");
        Map<String, Object> request = batchRequest(null);
        request.put("productPartNumber", partNumber);
        request.put("cavities", 0);
        request.remove("shift");
        Response refused = api.post(TECH, "/api/batches", request);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("productPartNumber", "cavities", "shift");
        assertThat(api.post(AUDITOR, "/api/batches", batchRequest(null)).status()).isEqualTo(403);
        assertThat(api.put(TECH, "/api/materials/" + productPart + "/bill-of-materials", List.of()).status()).isEqualTo(403);
        assertThat(count("production_batch")).isEqualTo(batchesBefore);
    }

    // ---- material issue ----

    @Test
    void issuingALotLinksItToTheBatchAndAnEmptyLotIsConsumed() {
        String batch = runningBatch();
        String lot = releasedResinLot(50, null);

        Response issued = api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(lot, "20"));
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        assertThat(issued.body().path("lotQuantityLeft").decimalValue()).isEqualByComparingTo("30");
        assertThat(api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(lot, "30")).status()).isEqualTo(201);

        assertThat(lotStatusOf(lot)).isEqualTo("CONSUMED");
        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM genealogy_link WHERE parent_id = ? AND child_type = 'BATCH'"
                + " AND child_id = ?", BigDecimal.class, lot, batch)).isEqualByComparingTo("50");
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/audit").body().toString()).contains("Issued to batch " + batch);
    }

    @Test
    void onlyUsableLotsOfTheBillOfMaterialsInStockCanBeIssuedAndNothingIsWrittenOtherwise() {
        String batch = runningBatch();
        String inInspection = receive();
        String released = releasedResinLot(40, null);
        String notOnBom = releasedLotOf(partNumberOfOtherMaterial(), 10, null, Map.of("Length", "6.0"));
        String expiredByDate = releasedResinLot(30, null);
        jdbc.update("UPDATE material_lot SET expires_on = ? WHERE lot_number = ?", LocalDate.now().minusDays(1), expiredByDate);
        long consumptionsBefore = count("material_consumption");

        assertRefused(batch, inInspection, "5", 409, "is IN_INSPECTION");
        assertRefused(batch, released, "40.5", 409, "has only 40 kg left");
        assertRefused(batch, notOnBom, "1", 409, "not on the bill of materials of " + productPart);
        assertRefused(batch, expiredByDate, "1", 409, "expired on");
        assertRefused(batch, "ML-1999-000001", "1", 404, "No lot ML-1999-000001");
        Response badQuantity = api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(released, "-1"));
        assertThat(badQuantity.status()).isEqualTo(422);
        assertThat(badQuantity.errorFields()).containsExactly("quantity");

        assertThat(count("material_consumption")).isEqualTo(consumptionsBefore);
        assertThat(lots.findByLotNumber(released).orElseThrow().getQuantity()).isEqualByComparingTo("40");
    }

    @Test
    void fefoRefusesALaterExpiringLotUnlessAQcManagerSignsAnOverride() {
        String batch = runningBatch();
        String later = releasedResinLot(20, LocalDate.now().plusDays(200));
        String sooner = releasedResinLot(20, LocalDate.now().plusDays(90));

        Response refused = api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(later, "5"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("FEFO: issue lot " + sooner + " first");

        Map<String, Object> overrideByTech = issue(later, "5");
        overrideByTech.put("fefoOverride", fefoOverride(TECH.password()));
        assertThat(api.post(TECH, "/api/batches/" + batch + "/consumptions", overrideByTech).status()).isEqualTo(403);
        Map<String, Object> wrongPassword = issue(later, "5");
        wrongPassword.put("fefoOverride", fefoOverride("not-my-password"));
        assertThat(api.post(MANAGER, "/api/batches/" + batch + "/consumptions", wrongPassword).status()).isEqualTo(403);
        assertThat(lots.findByLotNumber(later).orElseThrow().getQuantity()).isEqualByComparingTo("20");

        Map<String, Object> signed = issue(later, "5");
        signed.put("fefoOverride", fefoOverride(MANAGER.password()));
        Response overridden = api.post(MANAGER, "/api/batches/" + batch + "/consumptions", signed);
        assertThat(overridden.status()).as(overridden.body().toString()).isEqualTo(201);
        assertThat(overridden.text("fefoOverriddenLot")).isEqualTo(sooner);
        JsonNode consumption = api.get(AUDITOR, "/api/batches/" + batch).body().path("consumptions").get(0);
        assertThat(consumption.path("fefoOverrideReason").asText()).isEqualTo("Sooner lot is reserved for the validation run");
        assertThat(consumption.path("overrideSignedBy").asText()).isEqualTo(MANAGER.fullName());

        assertThat(api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(sooner, "5")).status()).isEqualTo(201);
    }

    @Test
    void withoutExpiryTheFirstLotReceivedGoesFirst() {
        String batch = runningBatch();
        String first = releasedLotOf(insertPart, 100, null, Map.of("Outer diameter", "5.0"));
        String second = releasedLotOf(insertPart, 100, null, Map.of("Outer diameter", "5.0"));

        Response refused = api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(second, "10"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("issue lot " + first + " first");
        assertThat(api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(first, "100")).status()).isEqualTo(201);
        assertThat(api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(second, "10")).status()).isEqualTo(201);
    }

    @Test
    void twentyParallelIssuesNeverOverdrawALot() throws Exception {
        String lot = releasedResinLot(100, null);
        List<String> batches = List.of(runningBatch(), runningBatch(), runningBatch(), runningBatch());
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String batch = batches.get(i % batches.size());
            TestUsers.User technician = i % 2 == 0 ? TECH : TECH2;
            requests.add(() -> api.post(technician, "/api/batches/" + batch + "/consumptions", issue(lot, "10")).status());
        }

        List<Integer> statuses = runTogether(requests);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s != 201).containsOnly(409);
        assertThat(lotStatusOf(lot)).isEqualTo("CONSUMED");
        assertThat(jdbc.queryForObject("SELECT SUM(c.quantity) FROM material_consumption c JOIN material_lot l ON l.id = c.lot_id"
                + " WHERE l.lot_number = ?", BigDecimal.class, lot)).isEqualByComparingTo("100");
    }

    @Test
    void noIssueOfALotSucceedsOnceAHoldOfItHasCommitted() throws Exception {
        String lot = releasedLotOf(insertPart, 10, null, Map.of("Outer diameter", "5.0"));
        List<String> batches = List.of(runningBatch(), runningBatch());
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String batch = batches.get(i % batches.size());
            requests.add(i % 5 == 2
                    ? () -> api.post(MANAGER, "/api/lots/" + lot + "/hold", Map.of("reason", "Supplier recall notice",
                            "signature", Map.of("password", MANAGER.password(), "meaning", "PLACED_ON_HOLD"))).status()
                    : () -> api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(lot, "1")).status());
        }

        List<Integer> statuses = runTogether(requests);

        List<Integer> holds = new ArrayList<>();
        List<Integer> issues = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            (i % 5 == 2 ? holds : issues).add(statuses.get(i));
        }
        assertThat(holds).filteredOn(s -> s != 200).containsOnly(409);
        assertThat(issues).filteredOn(s -> s != 201).containsOnly(409);
        long issued = issues.stream().filter(s -> s == 201).count();
        assertThat(lots.findByLotNumber(lot).orElseThrow().getQuantity()).isEqualByComparingTo(String.valueOf(10 - issued));
        // the audit chain is appended under one lock held to commit, so its order is the order of commits
        List<Long> issueEntries = jdbc.queryForList("SELECT id FROM audit_entry WHERE entity_type = 'MATERIAL_CONSUMPTION'"
                + " AND lot_number = ?", Long.class, lot);
        assertThat(issueEntries).hasSize((int) issued);
        if (holds.contains(200)) {
            assertThat(holds).filteredOn(s -> s == 200).hasSize(1);
            assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
            long quarantinedAt = jdbc.queryForObject("SELECT id FROM audit_entry WHERE entity_type = 'MATERIAL_LOT'"
                    + " AND entity_id = ? AND action = 'STATUS_CHANGE' AND changes LIKE '%QUARANTINED%'", Long.class, lot);
            assertThat(issueEntries).allSatisfy(entry -> assertThat(entry).isLessThan(quarantinedAt));
        } else {
            assertThat(issued).isEqualTo(10);
            assertThat(lotStatusOf(lot)).isEqualTo("CONSUMED");
        }
    }

    // ---- readings, SPC and holds ----

    @Test
    void readingsWithinLimitsAreAcceptedAndARuleBreakPutsTheBatchOnHold() {
        String batch = runningBatch();
        Response normal = api.post(TECH, "/api/batches/" + batch + "/readings", List.of(
                reading("Melt temperature", null, "235.5"), reading("Melt temperature", null, "234.2")));
        assertThat(normal.status()).as(normal.body().toString()).isEqualTo(201);
        assertThat(normal.body().path("accepted").asInt()).isEqualTo(2);
        assertThat(normal.body().path("violations")).isEmpty();
        assertThat(normal.text("batchStatus")).isEqualTo("RUNNING");

        Response broken = api.post(TECH, "/api/batches/" + batch + "/readings", reading("Melt temperature", null, "241.6"));

        assertThat(broken.status()).isEqualTo(201);
        assertThat(broken.text("batchStatus")).isEqualTo("ON_HOLD");
        JsonNode violation = broken.body().path("violations").get(0);
        assertThat(violation.path("parameter").asText()).isEqualTo("Melt temperature");
        assertThat(violation.path("rule").asText()).isEqualTo("WE1_BEYOND_3_SIGMA");
        assertThat(violation.path("value").decimalValue()).isEqualByComparingTo("241.6");
        assertThat(violation.path("cavity").isNull()).isTrue();
        JsonNode view = api.get(AUDITOR, "/api/batches/" + batch).body();
        assertThat(view.path("status").asText()).isEqualTo("ON_HOLD");
        JsonNode hold = view.path("openHolds").get(0);
        assertThat(hold.path("origin").asText()).isEqualTo("SPC_VIOLATION");
        assertThat(hold.path("reason").asText()).contains("Melt temperature reading #3 = 241.6 °C: one point beyond 3 sigma");

        String lot = releasedResinLot(10, null);
        Response issueOnHold = api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(lot, "1"));
        assertThat(issueOnHold.status()).isEqualTo(409);
        assertThat(issueOnHold.text("detail")).contains("is ON_HOLD");
        assertThat(api.post(TECH, "/api/batches/" + batch + "/complete", completion(10, 0)).status()).isEqualTo(409);
        assertThat(taskFor(TECH, "batchNumber", batch, "investigateHold", HOLD_PROCESS)).isNotNull();
    }

    @Test
    void aCavityOutOfSpecNamesTheCavityAndItsPartsAreScrappedBeforeTheBatchResumes() {
        String batch = runningBatch();
        Response broken = api.post(TECH, "/api/batches/" + batch + "/readings", List.of(
                reading("Part weight", 1, "10.01"), reading("Part weight", 2, "10.62")));

        assertThat(broken.text("batchStatus")).isEqualTo("ON_HOLD");
        JsonNode violation = broken.body().path("violations").get(0);
        assertThat(violation.path("rule").asText()).isEqualTo("SPEC_LIMIT");
        assertThat(violation.path("cavity").asInt()).isEqualTo(2);
        JsonNode hold = api.get(AUDITOR, "/api/batches/" + batch).body().path("openHolds").get(0);
        assertThat(hold.path("origin").asText()).isEqualTo("SPEC_VIOLATION");
        assertThat(hold.path("cavities").toString()).isEqualTo("[2]");

        investigate(TECH, batch);
        Map<String, Object> decision = holdDecision("SCRAP_CAVITY", false, MANAGER.password());
        decision.put("scrapCavities", List.of(2));
        decision.put("scrapQuantity", 40);
        String decideTask = taskFor(MANAGER, "batchNumber", batch, "decideHold", HOLD_PROCESS);
        Response decided = api.post(MANAGER, "/api/tasks/" + decideTask + "/complete", decision);
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);

        JsonNode view = api.get(AUDITOR, "/api/batches/" + batch).body();
        assertThat(view.path("status").asText()).isEqualTo("RUNNING");
        assertThat(view.path("scrappedOnHold").asInt()).isEqualTo(40);
        JsonNode closed = view.path("holds").get(0);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("decision").asText()).isEqualTo("SCRAP_CAVITY");
        assertThat(closed.path("signatures").get(0).path("meaning").asText()).isEqualTo("APPROVED_HOLD_DECISION");
        assertThat(view.path("openHolds")).isEmpty();
    }

    @Test
    void theInvestigatorCannotDecideAndARejectedBatchTakesNoMoreReadings() {
        String batch = runningBatch();
        assertThat(api.post(TECH, "/api/batches/" + batch + "/hold", Map.of("reason", " ")).status()).isEqualTo(422);
        Response held = api.post(TECH, "/api/batches/" + batch + "/hold", Map.of("reason", "Short shots seen on cavity 1"));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        assertThat(held.text("origin")).isEqualTo("MANUAL");

        investigate(TECH_AND_MANAGER, batch);
        String decideTask = taskFor(TECH_AND_MANAGER, "batchNumber", batch, "decideHold", HOLD_PROCESS);
        Response ownDecision = api.post(TECH_AND_MANAGER, "/api/tasks/" + decideTask + "/complete",
                holdDecision("REJECT_BATCH", false, TECH_AND_MANAGER.password()));
        assertThat(ownDecision.status()).isEqualTo(403);
        assertThat(ownDecision.text("detail")).contains("four-eyes");
        Response noJustification = api.post(MANAGER, "/api/tasks/" + decideTask + "/complete",
                Map.of("decision", "REJECT_BATCH", "signature", Map.of("password", MANAGER.password(),
                        "meaning", "APPROVED_HOLD_DECISION")));
        assertThat(noJustification.status()).isEqualTo(422);
        assertThat(noJustification.errorFields()).containsExactly("justification");

        assertThat(api.post(MANAGER, "/api/tasks/" + decideTask + "/complete",
                holdDecision("REJECT_BATCH", false, MANAGER.password())).status()).isEqualTo(200);

        assertThat(api.get(AUDITOR, "/api/batches/" + batch).text("status")).isEqualTo("REJECTED");
        assertThat(api.post(TECH, "/api/batches/" + batch + "/readings", reading("Melt temperature", null, "235"))
                .status()).isEqualTo(409);
    }

    @Test
    void badReadingsAreRefusedAsAWholeNamingEachFieldAndNothingIsWritten() {
        String batch = runningBatch();
        long readingsBefore = count("process_reading");
        Map<String, Object> wrongUnit = reading("Melt temperature", null, "235");
        wrongUnit.put("unit", "K");
        Map<String, Object> badSource = reading("Part weight", 1, "10");
        badSource.put("source", "GUESS");

        Response refused = api.post(TECH, "/api/batches/" + batch + "/readings", List.of(
                reading("Melt temperature", null, "235"), reading("Cycle time", null, "12"), reading("Part weight", null, "10"),
                reading("Part weight", 3, "10"), wrongUnit, badSource, reading("Melt temperature", 1, "235")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("[1].parameter", "[2].cavity", "[3].cavity", "[4].unit",
                "[5].source", "[6].cavity");
        assertThat(api.postRaw(TECH, "/api/batches/" + batch + "/readings", "[{\"parameter\":\"Melt temperature\","
                + "\"value\":\"hot\"}]").status()).isEqualTo(400);
        assertThat(count("process_reading")).isEqualTo(readingsBefore);
        assertThat(api.get(AUDITOR, "/api/batches/" + batch).text("status")).isEqualTo("RUNNING");
    }

    @Test
    void tenThousandReadingsInOneRequestAreEvaluatedIncrementally() {
        String batch = runningBatch();
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            // alternating half a sigma either side of the centre line: no rule can fire
            readings.add(reading("Melt temperature", null, i % 2 == 0 ? "236" : "234"));
        }
        long started = System.nanoTime();
        Response accepted = api.post(TECH, "/api/batches/" + batch + "/readings", readings);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("10,000 readings ingested in %d ms on %s%n", millis, getClass().getSimpleName());

        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(201);
        assertThat(accepted.body().path("accepted").asInt()).isEqualTo(10_000);
        assertThat(accepted.body().path("violations")).isEmpty();
        Response nextBreaks = api.post(TECH, "/api/batches/" + batch + "/readings", reading("Melt temperature", null, "228"));
        JsonNode violation = nextBreaks.body().path("violations").get(0);
        assertThat(violation.path("reading").asInt()).isEqualTo(10_001);
        assertThat(violation.path("rule").asText()).isEqualTo("WE1_BEYOND_3_SIGMA");
    }

    @Test
    void limitsLeftOutAreComputedFromTheFirstTwentyFiveReadingsOfEachCavity() {
        String batch = runningBatch();
        List<Map<String, Object>> baseline = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            baseline.add(reading("Part weight", 1, i % 2 == 0 ? "10.00" : "10.04"));
        }
        assertThat(api.post(TECH, "/api/batches/" + batch + "/readings", baseline).body().path("violations")).isEmpty();

        // centre line 10.0192, sigma 0.04 / 1.128 = 0.0355: 10.15 lies beyond 3 sigma but within spec
        Response broken = api.post(TECH, "/api/batches/" + batch + "/readings", List.of(reading("Part weight", 1, "10.15"),
                reading("Part weight", 2, "10.15")));
        assertThat(broken.body().path("violations")).hasSize(1);
        assertThat(broken.body().path("violations").get(0).path("cavity").asInt()).isEqualTo(1);
        assertThat(broken.body().path("violations").get(0).path("rule").asText()).isEqualTo("WE1_BEYOND_3_SIGMA");
    }

    // ---- CAPA ----

    @Test
    void aHoldDecisionOpensACapaLinkedToTheBatchWhoseTasksNameIt() {
        String batch = runningBatch();
        api.post(TECH, "/api/batches/" + batch + "/readings", reading("Melt temperature", null, "228"));
        investigate(TECH, batch);
        String decideTask = taskFor(MANAGER, "batchNumber", batch, "decideHold", HOLD_PROCESS);
        assertThat(api.post(MANAGER, "/api/tasks/" + decideTask + "/complete", holdDecision("RESUME", true, MANAGER.password()))
                .status()).isEqualTo(200);

        JsonNode view = api.get(AUDITOR, "/api/batches/" + batch).body();
        assertThat(view.path("status").asText()).isEqualTo("RUNNING");
        String capa = view.path("holds").get(0).path("capaNumber").asText();
        assertThat(capa).matches("CAPA-\\d{4}-\\d{5}");
        assertThat(view.path("capas").get(0).path("capaNumber").asText()).isEqualTo(capa);
        JsonNode capaView = api.get(AUDITOR, "/api/capas/" + capa).body();
        assertThat(capaView.path("source").asText()).isEqualTo("IN_PROCESS_HOLD");
        assertThat(capaView.path("links").toString()).contains(batch).contains("IN_PROCESS_HOLD");
        assertThat(taskFor(TECH, "batchNumber", batch, "rootCauseAnalysis", CAPA_PROCESS)).isNotNull();
    }

    @Test
    void theCapaLoopRunsRootCauseToSignedClosureWithAnIneffectiveRoundAndEscalation() {
        String nonconformance = nonconformanceOfFailedLot();
        Response opened = api.post(MANAGER, "/api/capas", Map.of("title", "Contaminated resin deliveries",
                "description", "Repeated contamination", "nonconformanceNumbers", List.of(nonconformance)));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String capa = opened.text("capaNumber");
        assertThat(opened.text("source")).isEqualTo("NONCONFORMANCE");
        assertThat(api.post(TECH, "/api/capas", Map.of("title", "x", "description", "y")).status()).isEqualTo(403);
        assertThat(api.post(MANAGER, "/api/capas", Map.of("title", "x", "description", "y",
                "batchNumbers", List.of("PB-1999-000001"))).errorFields()).containsExactly("batchNumbers");

        analyseAndPlan(capa);
        String implement = taskFor(TECH, "capaNumber", capa, "implementActions", CAPA_PROCESS);
        executeJob(capa, "actionsOverdue");
        assertThat(taskFor(MANAGER, "capaNumber", capa, "implementActions", CAPA_PROCESS)).isEqualTo(implement);
        assertThat(api.get(AUDITOR, "/api/capas/" + capa).text("escalatedAt")).isNotNull();
        Response noEvidence = api.post(TECH, "/api/tasks/" + implement + "/complete", Map.of("evidence", List.of()));
        assertThat(noEvidence.status()).isEqualTo(422);
        Response notTheOwner = api.post(TECH2, "/api/tasks/" + implement + "/complete", Map.of("evidence", List.of(
                Map.of("action", 1, "evidence", "Supplier audit report SA-17"))));
        assertThat(notTheOwner.status()).isEqualTo(403);
        assertThat(notTheOwner.text("detail")).contains("comes from its owner").contains("owner " + TECH.name());
        assertThat(api.post(TECH, "/api/tasks/" + implement + "/complete", Map.of("evidence", List.of(
                Map.of("action", 1, "evidence", "Supplier audit report SA-17")))).status()).isEqualTo(200);
        executeJob(capa, "effectivenessCheckWait");
        String verify = taskFor(TECH, "capaNumber", capa, "verifyEffectiveness", CAPA_PROCESS);
        assertThat(api.post(TECH, "/api/tasks/" + verify + "/complete",
                Map.of("effective", false, "notes", "Contamination found again")).status()).isEqualTo(200);

        JsonNode secondRound = api.get(AUDITOR, "/api/capas/" + capa).body();
        assertThat(secondRound.path("status").asText()).isEqualTo("ROOT_CAUSE_ANALYSIS");
        assertThat(secondRound.path("analysisRound").asInt()).isEqualTo(2);
        analyseAndPlan(capa);
        String implementAgain = taskFor(TECH, "capaNumber", capa, "implementActions", CAPA_PROCESS);
        assertThat(api.post(TECH, "/api/tasks/" + implementAgain + "/complete",
                Map.of("evidence", List.of(Map.of("action", 2, "evidence", "Dryer filter replaced")))).status()).isEqualTo(200);
        executeJob(capa, "effectivenessCheckWait");
        String verifyAgain = taskFor(TECH_AND_MANAGER, "capaNumber", capa, "verifyEffectiveness", CAPA_PROCESS);
        assertThat(api.post(TECH_AND_MANAGER, "/api/tasks/" + verifyAgain + "/complete",
                Map.of("effective", true, "notes", "No contamination in 30 days")).status()).isEqualTo(200);
        List<String> signers = new ArrayList<>();
        api.get(AUDITOR, "/api/capas/" + capa).body().path("mayApproveClosure").forEach(n -> signers.add(n.asText()));
        assertThat(signers).as("four-eyes leaves out the verifier").contains(MANAGER.fullName() + " (" + MANAGER.name() + ")")
                .noneMatch(s -> s.endsWith("(" + TECH_AND_MANAGER.name() + ")"));

        String closure = taskFor(MANAGER, "capaNumber", capa, "approveClosure", CAPA_PROCESS);
        Map<String, Object> closureForm = Map.of("comment", "Effective", "signature",
                Map.of("password", TECH_AND_MANAGER.password(), "meaning", "APPROVED_CAPA_CLOSURE"));
        assertThat(api.post(TECH_AND_MANAGER, "/api/tasks/" + closure + "/complete", closureForm).status()).isEqualTo(403);
        assertThat(api.post(MANAGER, "/api/tasks/" + closure + "/complete", Map.of("comment", "Effective", "signature",
                Map.of("password", MANAGER.password(), "meaning", "APPROVED_CAPA_CLOSURE"))).status()).isEqualTo(200);

        JsonNode closed = api.get(AUDITOR, "/api/capas/" + capa).body();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("actions")).hasSize(2);
        assertThat(closed.path("signatures").get(0).path("meaning").asText()).isEqualTo("APPROVED_CAPA_CLOSURE");
        assertThat(closed.path("closedBy").asText()).isEqualTo(MANAGER.name());
    }

    // ---- helpers ----

    private void analyseAndPlan(String capa) {
        String rootCause = taskFor(TECH, "capaNumber", capa, "rootCauseAnalysis", CAPA_PROCESS);
        Response rca = api.post(TECH, "/api/tasks/" + rootCause + "/complete",
                Map.of("method", "FIVE_WHY", "rootCause", "Dryer filter clogged"));
        assertThat(rca.status()).as(rca.body().toString()).isEqualTo(200);
        String plan = taskFor(MANAGER, "capaNumber", capa, "planActions", CAPA_PROCESS);
        Response noCorrective = api.post(MANAGER, "/api/tasks/" + plan + "/complete", Map.of("actions", List.of(
                Map.of("type", "PREVENTIVE", "description", "Train", "owner", TECH.name(), "dueOn", LocalDate.now().toString()))));
        assertThat(noCorrective.errorFields()).containsExactly("actions");
        Response planned = api.post(MANAGER, "/api/tasks/" + plan + "/complete", Map.of("actions", List.of(
                Map.of("type", "CORRECTIVE", "description", "Replace dryer filter", "owner", TECH.name(),
                        "dueOn", LocalDate.now().toString()))));
        assertThat(planned.status()).as(planned.body().toString()).isEqualTo(200);
    }

    private void executeJob(String capa, String activityId) {
        String processInstance = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CAPA_PROCESS)
                .processInstanceBusinessKey(capa).singleResult().getId();
        Job job = managementService.createJobQuery().processInstanceId(processInstance).activityId(activityId).singleResult();
        assertThat(job).as("%s job of %s", activityId, capa).isNotNull();
        managementService.executeJob(job.getId());
    }

    private String nonconformanceOfFailedLot() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");
        assertThat(api.post(TECH, "/api/tasks/" + task + "/complete",
                inspection("FAIL", "12", "0.01", "FAIL", "Black specks")).status()).isEqualTo(200);
        return api.get(AUDITOR, "/api/lots/" + lot).body().path("nonconformances").get(0).path("number").asText();
    }

    private void assertRefused(String batch, String lot, String quantity, int status, String detail) {
        Response refused = api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(lot, quantity));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(status);
        assertThat(refused.text("detail")).contains(detail);
    }

    private String partNumberOfOtherMaterial() {
        String other = "OTH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.post(ADMIN, "/api/materials", Map.of("partNumber", other, "description", "Not in the BOM",
                "trackingMode", "LOT", "unit", "pcs", "inspectionPlan", List.of(
                        Map.of("characteristic", "Length", "unit", "mm", "lowerLimit", 5.9, "upperLimit", 6.1))))
                .status()).isEqualTo(201);
        return other;
    }

    static Map<String, Object> fefoOverride(String password) {
        return Map.of("reason", "Sooner lot is reserved for the validation run",
                "signature", Map.of("password", password, "meaning", "APPROVED_FEFO_OVERRIDE"));
    }

    static Map<String, Object> reading(String parameter, Integer cavity, String value) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("parameter", parameter);
        if (cavity != null) {
            reading.put("cavity", cavity);
        }
        reading.put("value", new BigDecimal(value));
        reading.put("source", "SENSOR");
        return reading;
    }

}
