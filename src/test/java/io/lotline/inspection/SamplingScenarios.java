package io.lotline.inspection;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.ApiScenarios;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A material that samples by ISO 2859-1: each inspection of its lots is opened with the plan for the lot's size and the
 * supplier's skip-lot stage, kept with the inspection and shown in the lot. On H2 and on MariaDB.
 */
abstract class SamplingScenarios extends ApiScenarios {
    @Autowired JdbcTemplate jdbc;
    String insertPart;

    @BeforeEach
    void createASampledMaterial() {
        insertPart = "INS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response created = api.post(ADMIN, "/api/materials", insert(insertPart, Map.of("inspectionLevel", "II", "aql", 1.0)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("sampling").path("inspectionLevel").asText()).isEqualTo("II");
        assertThat(created.body().path("sampling").path("aql").decimalValue()).isEqualByComparingTo("1.0");
    }

    @Test
    void eachLotIsSampledByThePlanForItsSizeAndStage() {
        assertThat(sampling(receiveInserts(500))).isEqualTo(Map.of("scheme",
                "ISO 2859-1 single sampling, inspection level II, AQL 1", "stage", "NORMAL", "codeLetter", "H",
                "sampleSize", "50", "acceptanceNumber", "1", "rejectionNumber", "2"));
        JsonNode thousand = plan(receiveInserts(1000));
        assertThat(List.of(thousand.path("codeLetter").asText(), thousand.path("sampleSize").asInt(),
                thousand.path("acceptanceNumber").asInt(), thousand.path("rejectionNumber").asInt()))
                .containsExactly("J", 80, 2, 3);
        JsonNode small = plan(receiveInserts(12));
        assertThat(small.path("sampleSize").asInt()).as("a sample larger than the lot: the whole lot").isEqualTo(12);

        String failed = receiveInserts(500);
        String task = taskFor(TECH, failed, "performInspection");
        Response inspected = api.post(TECH, "/api/tasks/" + task + "/complete", Map.of("decision", "FAIL",
                "comment", "Thread gauge NO-GO on 3 inserts", "results", List.of(
                        Map.of("characteristic", "Outer diameter", "value", "5.00"),
                        Map.of("characteristic", "Thread gauge", "sampleSize", 50, "defectives", 3))));
        assertThat(inspected.status()).as(inspected.body().toString()).isEqualTo(200);
        String next = receiveInserts(500);
        JsonNode inspection = api.get(AUDITOR, "/api/lots/" + next).body().path("inspections").get(0);
        assertThat(inspection.path("stage").asText()).isEqualTo("TIGHTENED");
        JsonNode tightened = inspection.path("sampling");
        assertThat(List.of(tightened.path("stage").asText(), tightened.path("codeLetter").asText(),
                tightened.path("sampleSize").asInt(), tightened.path("acceptanceNumber").asInt()))
                .as("Table 2-B: H at AQL 1.0 points down to J").containsExactly("TIGHTENED", "J", 80, 1);
        assertThat(api.get(AUDITOR, "/api/audit?entityType=INSPECTION&action=CREATE").body().get(0)
                .path("changes").path("sampling").path("new").asText())
                .isEqualTo("ISO 2859-1 single sampling, inspection level II, AQL 1, TIGHTENED, code letter J, n = 80,"
                        + " Ac 1, Re 2");
    }

    @Test
    void aSampledAttributeCountsItsNonconformingItemsAndTheRejectionNumberRefusesPass() {
        String lot = receiveInserts(500); // H: n = 50, Ac 1, Re 2
        String task = taskFor(TECH, lot, "performInspection");
        long before = auditEntries.count();

        Response rejected = complete(task, "PASS", Map.of("characteristic", "Thread gauge", "sampleSize", 50, "defectives", 2));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.errorFields()).containsExactly("results[Thread gauge]");
        assertThat(rejected.text("detail")).contains("2 nonconforming of 50 reaches the rejection number 2: PASS is not"
                + " allowed");
        assertThat(complete(task, "PASS", Map.of("characteristic", "Thread gauge", "value", "PASS")).errorFields())
                .containsExactlyInAnyOrder("results[Thread gauge].sampleSize", "results[Thread gauge].defectives");
        Response tooFew = complete(task, "PASS", Map.of("characteristic", "Thread gauge", "sampleSize", 40, "defectives", 0));
        assertThat(tooFew.errorFields()).containsExactly("results[Thread gauge].sampleSize");
        assertThat(tooFew.text("detail")).contains("the plan's sample is 50 items (40 given)");
        assertThat(complete(task, "PASS", Map.of("characteristic", "Thread gauge", "sampleSize", 50, "defectives", 51))
                .errorFields()).containsExactly("results[Thread gauge].defectives");
        Response contradicting = complete(task, "PASS", Map.of("characteristic", "Thread gauge", "value", "FAIL",
                "sampleSize", 50, "defectives", 1));
        assertThat(contradicting.text("detail")).contains("1 nonconforming of 50 is PASS for 'Thread gauge'"
                + " (rejection number 2), not FAIL");
        assertThat(auditEntries.count()).as("refusals write nothing").isEqualTo(before);

        Response passed = complete(task, "PASS", Map.of("characteristic", "Thread gauge", "sampleSize", 50, "defectives", 1));
        assertThat(passed.status()).as(passed.body().toString()).isEqualTo(200);
        JsonNode lotNow = api.get(AUDITOR, "/api/lots/" + lot).body();
        assertThat(lotNow.path("status").asText()).isEqualTo("RELEASED");
        JsonNode gauge = lotNow.path("inspections").get(0).path("results").get(1);
        assertThat(gauge.path("value").asText()).isEqualTo("PASS (1 nonconforming of 50)");
        assertThat(List.of(gauge.path("sampleSize").asInt(), gauge.path("defectives").asInt())).containsExactly(50, 1);
    }

    @Test
    void aSplitAfterSortingReleasesTheAcceptedPartAndQuarantinesTheRestWithItsNonconformance() {
        String lot = receiveInserts(500);
        String task = taskFor(TECH, lot, "performInspection");
        Map<String, Object> threeBad = Map.of("characteristic", "Thread gauge", "sampleSize", 50, "defectives", 3);
        long before = auditEntries.count();

        Response notAddingUp = split(task, threeBad, 480, 10, "Sorted 100 %: 20 inserts NO-GO");
        assertThat(notAddingUp.status()).isEqualTo(422);
        assertThat(notAddingUp.errorFields()).containsExactly("acceptedQuantity");
        assertThat(notAddingUp.text("detail")).contains("must add up to the lot's 500 pcs");
        assertThat(split(task, threeBad, 500, 0, "Sorted").errorFields()).containsExactly("rejectedQuantity");
        assertThat(split(task, threeBad, 480, 20, null).errorFields()).containsExactly("comment");
        Map<String, Object> passWithQuantities = new HashMap<>(Map.of("decision", "PASS", "acceptedQuantity", 480,
                "results", List.of(Map.of("characteristic", "Outer diameter", "value", "5.00"),
                        Map.of("characteristic", "Thread gauge", "sampleSize", 50, "defectives", 0))));
        assertThat(api.post(TECH, "/api/tasks/" + task + "/complete", passWithQuantities).errorFields())
                .containsExactly("acceptedQuantity");
        assertThat(auditEntries.count()).as("refusals write nothing").isEqualTo(before);

        Response sorted = split(task, threeBad, 480, 20, "Sorted 100 %: 20 inserts NO-GO on the thread gauge");
        assertThat(sorted.status()).as(sorted.body().toString()).isEqualTo(200);

        assertThat(lotStatusOf(lot)).isEqualTo("CONSUMED");
        List<String> children = jdbc.queryForList("SELECT child_id FROM genealogy_link WHERE parent_type = 'MATERIAL_LOT'"
                + " AND parent_id = ? ORDER BY id", String.class, lot);
        assertThat(children).hasSize(2);
        JsonNode accepted = api.get(AUDITOR, "/api/lots/" + children.get(0)).body();
        assertThat(accepted.path("status").asText()).isEqualTo("RELEASED");
        assertThat(accepted.path("quantity").decimalValue()).isEqualByComparingTo("480");
        JsonNode rejected = api.get(AUDITOR, "/api/lots/" + children.get(1)).body();
        assertThat(rejected.path("status").asText()).isEqualTo("QUARANTINED");
        assertThat(rejected.path("quantity").decimalValue()).isEqualByComparingTo("20");
        JsonNode nc = rejected.path("nonconformances").get(0);
        assertThat(nc.path("origin").asText()).isEqualTo("FAILED_INSPECTION");
        assertThat(nc.path("statusBefore").asText()).isEqualTo("IN_INSPECTION");
        assertThat(nc.path("quarantineReason").asText()).contains("480 pcs accepted, 20 pcs rejected");
        assertThat(taskFor(TECH, children.get(1), "recordNonconformance", "quarantine")).isNotBlank();
        JsonNode inspection = api.get(AUDITOR, "/api/lots/" + lot).body().path("inspections").get(0);
        assertThat(inspection.path("decision").asText()).isEqualTo("SPLIT");
        assertThat(inspection.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("480");
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("lotSplit").count()).isPositive();
        String next = receiveInserts(500);
        assertThat(api.get(AUDITOR, "/api/lots/" + next).body().path("inspections").get(0).path("stage").asText())
                .as("a split lot was not accepted: the supplier's next lot is inspected tightened").isEqualTo("TIGHTENED");
    }

    @Test
    void aMaterialWithoutSamplingJudgesTheWholeLot() {
        String lot = receive();
        JsonNode inspection = api.get(AUDITOR, "/api/lots/" + lot).body().path("inspections").get(0);
        assertThat(inspection.path("sampling").isNull()).isTrue();
        assertThat(api.get(AUDITOR, "/api/materials/" + partNumber).body().path("sampling").isNull()).isTrue();
        Response counted = api.post(TECH, "/api/tasks/" + taskFor(TECH, lot, "performInspection") + "/complete",
                Map.of("decision", "PASS", "results", List.of(Map.of("characteristic", "Melt flow rate", "value", "18"),
                        Map.of("characteristic", "Moisture", "value", "0.01"),
                        Map.of("characteristic", "Appearance", "value", "PASS", "sampleSize", 5, "defectives", 0))));
        assertThat(counted.status()).isEqualTo(422);
        assertThat(counted.errorFields()).containsExactly("results[Appearance]");
        assertThat(counted.text("detail")).contains("is judged whole");
    }

    @Test
    void samplingOutsideTheStandardIsRefusedNamingTheField() {
        long before = auditEntries.count();
        for (Map<String, Object> sampling : List.of(Map.<String, Object>of("inspectionLevel", "IV", "aql", 1.0),
                Map.<String, Object>of("inspectionLevel", "II", "aql", 1.2), Map.<String, Object>of("aql", 15))) {
            Response refused = api.post(ADMIN, "/api/materials",
                    insert("INS-" + UUID.randomUUID().toString().substring(0, 8), sampling));
            assertThat(refused.status()).as(sampling.toString()).isEqualTo(422);
            assertThat(refused.errorFields()).as(sampling.toString()).isNotEmpty()
                    .allMatch(field -> field.startsWith("sampling."));
        }
        Response noLevel = api.post(ADMIN, "/api/materials", insert("INS-X" + UUID.randomUUID().toString().substring(0, 6),
                Map.of("aql", 15)));
        assertThat(noLevel.errorFields()).containsExactlyInAnyOrder("sampling.inspectionLevel", "sampling.aql");
        assertThat(noLevel.text("detail")).contains("S-1, S-2, S-3, S-4, I, II, III").contains("0.65, 1.0, 1.5");
        assertThat(auditEntries.count()).isEqualTo(before);
    }

    private Response split(String task, Map<String, Object> threadGauge, int accepted, int rejected, String comment) {
        Map<String, Object> form = new HashMap<>(Map.of("decision", "SPLIT", "acceptedQuantity", accepted,
                "rejectedQuantity", rejected, "results", List.of(Map.of("characteristic", "Outer diameter", "value", "5.00"),
                        threadGauge)));
        if (comment != null) {
            form.put("comment", comment);
        }
        return api.post(TECH, "/api/tasks/" + task + "/complete", form);
    }

    private Response complete(String task, String decision, Map<String, Object> threadGauge) {
        return api.post(TECH, "/api/tasks/" + task + "/complete", Map.of("decision", decision, "results", List.of(
                Map.of("characteristic", "Outer diameter", "value", "5.00"), threadGauge)));
    }

    private static Map<String, Object> insert(String part, Map<String, Object> sampling) {
        return Map.of("partNumber", part, "description", "Threaded insert M3", "trackingMode", "LOT", "unit", "pcs",
                "inspectionPlan", List.of(
                        Map.of("characteristic", "Outer diameter", "unit", "mm", "lowerLimit", 4.95, "upperLimit", 5.05),
                        Map.of("characteristic", "Thread gauge", "attribute", true)),
                "sampling", sampling);
    }

    private String receiveInserts(int pieces) {
        Map<String, Object> receipt = receipt(supplierCode, insertPart);
        receipt.put("quantity", pieces);
        receipt.put("unit", "pcs");
        Response created = api.post(TECH, "/api/receipts", receipt);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("lotNumber");
    }

    private JsonNode plan(String lot) {
        return api.get(AUDITOR, "/api/lots/" + lot).body().path("inspections").get(0).path("sampling");
    }

    private Map<String, String> sampling(String lot) {
        Map<String, String> fields = new TreeMap<>();
        plan(lot).fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        return fields;
    }
}
