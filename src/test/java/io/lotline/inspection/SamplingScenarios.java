package io.lotline.inspection;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.ApiScenarios;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A material that samples by ISO 2859-1: each inspection of its lots is opened with the plan for the lot's size and the
 * supplier's skip-lot stage, kept with the inspection and shown in the lot. On H2 and on MariaDB.
 */
abstract class SamplingScenarios extends ApiScenarios {
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
                        Map.of("characteristic", "Thread gauge", "value", "FAIL"))));
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
    void aMaterialWithoutSamplingJudgesTheWholeLot() {
        JsonNode inspection = api.get(AUDITOR, "/api/lots/" + receive()).body().path("inspections").get(0);
        assertThat(inspection.path("sampling").isNull()).isTrue();
        assertThat(api.get(AUDITOR, "/api/materials/" + partNumber).body().path("sampling").isNull()).isTrue();
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
