package io.lotline.supplier;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.ApiScenarios;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Dynamic inspection over the API with the real BPMN and DMN: a supplier's run of passes earns REDUCED then SKIP, a
 * fail falls back to TIGHTENED, and a CONDITIONAL supplier is never skipped.
 */
abstract class SkipLotScenarios extends ApiScenarios {

    @Test
    void tenPassesEarnSkipAndAFailedVerificationLotFallsBackToTightened() {
        for (int lot = 1; lot <= 5; lot++) {
            assertThat(inspectAndPass()).as("lot %d", lot).isEqualTo("NORMAL");
        }
        for (int lot = 6; lot <= 10; lot++) {
            assertThat(inspectAndPass()).as("lot %d samples fewer characteristics", lot).isEqualTo("REDUCED");
        }
        assertThat(stage()).isEqualTo("REDUCED");

        List<String> skipped = List.of(receiveStatus(), receiveStatus(), receiveStatus(), receiveStatus());
        assertThat(skipped).allSatisfy(status -> assertThat(status).isEqualTo("RELEASED"));
        JsonNode quality = quality();
        assertThat(quality.path("stage").asText()).isEqualTo("SKIP");
        assertThat(quality.path("lotsSkipped").asInt()).isEqualTo(4);
        assertThat(quality.path("passRatePercent").asInt()).isEqualTo(100);
        assertThat(quality.path("inspections").asInt()).isEqualTo(10);

        String verification = receive();
        assertThat(api.get(AUDITOR, "/api/lots/" + verification).body().path("inspections").get(0).path("stage").asText())
                .as("every 5th lot of a skipping supplier is inspected").isEqualTo("REDUCED");
        complete(verification, "FAIL", reducedResults("25"), "Melt flow far too high");

        String next = receive();
        JsonNode tightened = api.get(AUDITOR, "/api/lots/" + next).body().path("inspections").get(0);
        assertThat(tightened.path("stage").asText()).isEqualTo("TIGHTENED");
        assertThat(tightened.path("results")).as("TIGHTENED inspects the full plan").hasSize(3);
        assertThat(quality().path("passRatePercent").asInt()).isEqualTo(91);
    }

    @Test
    void aSkippedLotIsAuditedAndEndsInTheProcessHistory() {
        for (int lot = 1; lot <= 10; lot++) {
            inspectAndPass();
        }

        Response receipt = api.post(TECH, "/api/receipts", receipt());

        assertThat(receipt.text("status")).isEqualTo("RELEASED");
        String lot = receipt.text("lotNumber");
        JsonNode audit = api.get(AUDITOR, "/api/lots/" + lot + "/audit").body();
        assertThat(audit.findValuesAsText("action")).contains("SKIPPED", "STATUS_CHANGE");
        assertThat(audit.findValuesAsText("reason")).anySatisfy(reason -> assertThat(reason).startsWith("Skip-lot:"));
        assertThat(processEndedAt(lot)).isEqualTo("lotReleasedBySkip");
        assertThat(api.get(AUDITOR, "/api/lots/" + lot).body().path("inspections")).isEmpty();
    }

    @Test
    void aConditionalSupplierIsNeverSkipped() {
        assertThat(api.put(ADMIN, "/api/suppliers/" + supplierCode + "/status",
                Map.of("status", "CONDITIONAL", "reason", "Audit findings open")).status()).isEqualTo(200);
        for (int lot = 1; lot <= 12; lot++) {
            assertThat(inspectAndPass()).as("lot %d", lot).isIn("NORMAL", "REDUCED");
        }
        assertThat(stage()).isEqualTo("REDUCED");
    }

    @Test
    void concurrentReceiptsAndInspectionsOfOneSuppliersMaterialNeverConflictAndAreAllCounted() throws Exception {
        int writers = 20;
        String first = receive(); // the pair's history exists, as it does after a supplier's first delivery
        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            posts.add(() -> api.post(TECH, "/api/receipts", receipt()));
        }
        List<Response> receipts = runTogether(posts);
        assertThat(receipts).extracting(Response::status).as("no false conflicts").containsOnly(201);
        complete(first, "PASS", null, null);
        List<String> lots = receipts.stream().map(r -> r.text("lotNumber")).toList();
        for (String lot : lots) {
            assertThat(api.get(AUDITOR, "/api/lots/" + lot).body().path("inspections").get(0).path("stage").asText())
                    .isEqualTo("NORMAL");
        }
        List<String> tasks = lots.stream().map(lot -> taskFor(TECH, lot, "performInspection")).toList();
        Map<String, Object> pass = inspection("PASS", "18", "0.01", "PASS", null);
        List<Response> inspections = runTogether(tasks.stream().<Callable<Response>>map(task ->
                () -> api.post(TECH, "/api/tasks/" + task + "/complete", pass)).toList());
        assertThat(inspections).extracting(Response::status).containsOnly(200);
        JsonNode quality = quality();
        assertThat(quality.path("inspections").asInt()).as("every inspection counted").isEqualTo(writers + 1);
        assertThat(quality.path("passRatePercent").asInt()).isEqualTo(100);
        String following = receive();
        assertThat(api.get(AUDITOR, "/api/lots/" + following).body().path("inspections").get(0).path("stage").asText())
                .as("21 passes in a row at NORMAL earn REDUCED, as one by one").isEqualTo("REDUCED");
    }

    // ---- helpers ----

    /** Receives a lot, passes its inspection and returns the stage it was inspected at. */
    String inspectAndPass() {
        String lot = receive();
        String stage = api.get(AUDITOR, "/api/lots/" + lot).body().path("inspections").get(0).path("stage").asText();
        complete(lot, "PASS", stage.equals("REDUCED") ? reducedResults("18") : null, null);
        return stage;
    }

    void complete(String lot, String decision, List<Map<String, Object>> results, String comment) {
        Map<String, Object> form = new LinkedHashMap<>(inspection(decision, "18", "0.01", "PASS", comment));
        if (results != null) {
            form.put("results", results);
        }
        Response done = api.post(TECH, "/api/tasks/" + taskFor(TECH, lot, "performInspection") + "/complete", form);
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
    }

    /** At REDUCED the fixture's plan leaves "Appearance" out. */
    static List<Map<String, Object>> reducedResults(String meltFlow) {
        return List.of(Map.of("characteristic", "Melt flow rate", "value", meltFlow), Map.of("characteristic", "Moisture", "value", "0.01"));
    }

    String receiveStatus() {
        return api.post(TECH, "/api/receipts", receipt()).text("status");
    }

    JsonNode quality() {
        return api.get(AUDITOR, "/api/suppliers/" + supplierCode + "/quality").body().path("materials").get(0);
    }

    String stage() {
        return quality().path("stage").asText();
    }
}
