package io.lotline.support;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.production.hold.HoldService;
import io.lotline.support.Api.Response;
import io.lotline.traceability.Gtin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps scenarios about production take over the API: a product with bill of materials and process parameters,
 * released material lots, running batches, completions, and requests sent at the same moment.
 */
public abstract class ProductionSteps extends ApiScenarios {
    protected static final Map<String, String> RESIN_RESULTS =
            Map.of("Melt flow rate", "18", "Moisture", "0.01", "Appearance", "PASS");

    @Autowired protected JdbcTemplate jdbc;

    protected String insertPart;
    protected String productPart;

    /** The tracking mode of the product the scenarios make; serial-tracked unless a subclass says otherwise. */
    protected String productTrackingMode() {
        return "SERIAL";
    }

    @BeforeEach
    void createProductWithBillOfMaterialsAndParameters() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        insertPart = "INS-" + suffix;
        productPart = "HSG-" + suffix;
        assertThat(api.post(ADMIN, "/api/materials", Map.of("partNumber", insertPart, "description", "Insert " + suffix,
                "trackingMode", "LOT", "unit", "pcs", "inspectionPlan", List.of(
                        Map.of("characteristic", "Outer diameter", "unit", "mm", "lowerLimit", 4.95, "upperLimit", 5.05))))
                .status()).isEqualTo(201);
        assertThat(api.post(ADMIN, "/api/materials", Map.of("partNumber", productPart, "description", "Housing " + suffix,
                "gtin", newGtin(), "trackingMode", productTrackingMode(), "unit", "pcs", "shelfLifeDays", 730,
                "inspectionPlan", List.of(
                        Map.of("characteristic", "Visual", "attribute", true)))).status()).isEqualTo(201);
        Response bom = api.put(ADMIN, "/api/materials/" + productPart + "/bill-of-materials", List.of(
                Map.of("componentPartNumber", partNumber, "quantityPerUnit", 0.012),
                Map.of("componentPartNumber", insertPart, "quantityPerUnit", 2)));
        assertThat(bom.status()).as(bom.body().toString()).isEqualTo(200);
        Response parameters = api.put(ADMIN, "/api/materials/" + productPart + "/process-parameters", List.of(
                parameter("Melt temperature", "°C", 220, 250, 235.0, 2.0, false),
                parameter("Part weight", "g", 9.5, 10.5, null, null, true)));
        assertThat(parameters.status()).as(parameters.body().toString()).isEqualTo(200);
    }

    /** A GTIN-14 no other test uses, with a valid check digit. */
    protected static String newGtin() {
        String digits = "0" + String.format("%012d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
        return digits + Gtin.checkDigit(digits);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new room of the ISO class, named "Cell <code>". */
    protected String room(int isoClass) {
        String code = unique("CR-");
        assertThat(api.post(ADMIN, "/api/rooms", Map.of("code", code, "name", "Cell " + code, "isoClass", isoClass))
                .status()).isEqualTo(201);
        return code;
    }

    /** A new machine, "Press <id>", registered in the room. */
    protected String machineIn(String room) {
        String machineId = unique("IMM-");
        assertThat(api.put(ADMIN, "/api/machines/" + machineId, Map.of("name", "Press " + machineId, "roomCode", room))
                .status()).isEqualTo(201);
        return machineId;
    }

    protected String runningBatch() {
        return runningBatchOn("ENGEL-07");
    }

    protected String runningBatchOn(String machineId) {
        String batch = plannedBatchOn(machineId);
        assertThat(api.post(TECH, "/api/batches/" + batch + "/start", null).status()).isEqualTo(200);
        return batch;
    }

    protected String plannedBatchOn(String machineId) {
        Map<String, Object> request = batchRequest(setup());
        request.put("machineId", machineId);
        Response created = api.post(TECH, "/api/batches", request);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("batchNumber");
    }

    /** A technician's investigation of the batch's open hold. */
    protected void investigate(TestUsers.User technician, String batch) {
        String task = taskFor(technician, "batchNumber", batch, "investigateHold", HoldService.PROCESS_KEY);
        Response investigated = api.post(technician, "/api/tasks/" + task + "/complete", Map.of("findings",
                "Heater band 3 failed", "suspectedCause", "Worn heater band", "affectedCavities", List.of(2),
                "affectedQuantity", 40));
        assertThat(investigated.status()).as(investigated.body().toString()).isEqualTo(200);
    }

    protected Map<String, Object> batchRequest(Map<String, Object> setup) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("productPartNumber", productPart);
        request.put("plannedQuantity", 2000);
        request.put("machineId", "ENGEL-07");
        request.put("moldId", "M-4471");
        request.put("cavities", 2);
        request.put("shift", "B");
        request.put("operator", "j.doe");
        if (setup != null) {
            request.put("setup", setup);
        }
        return request;
    }

    protected static Map<String, Object> setup() {
        return Map.of("dryingTemperature", 120, "dryingTimeHours", 4, "meltTemperature", 235, "injectionPressure", 1100,
                "holdPressure", 600, "cycleTime", 18.5);
    }

    protected String releasedResinLot(int quantity, LocalDate expiresOn) {
        return releasedLotOf(partNumber, quantity, expiresOn, RESIN_RESULTS);
    }

    /** A lot of the part from a new supplier (so every lot is inspected at the NORMAL stage), inspected PASS. */
    protected String releasedLotOf(String part, int quantity, LocalDate expiresOn, Map<String, String> results) {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.post(ADMIN, "/api/suppliers", Map.of("code", supplier, "name", supplier, "status", "APPROVED"))
                .status()).isEqualTo(201);
        Map<String, Object> receipt = receipt();
        receipt.put("supplierCode", supplier);
        receipt.put("partNumber", part);
        receipt.put("quantity", quantity);
        receipt.put("unit", part.equals(partNumber) ? "kg" : "pcs");
        if (expiresOn != null) {
            receipt.put("expiresOn", expiresOn.toString());
        }
        Response received = api.post(TECH, "/api/receipts", receipt);
        assertThat(received.status()).as(received.body().toString()).isEqualTo(201);
        String lot = received.text("lotNumber");
        List<Map<String, Object>> measured = new ArrayList<>();
        results.forEach((characteristic, value) -> measured.add(Map.of("characteristic", characteristic, "value", value)));
        Response inspected = api.post(TECH, "/api/tasks/" + taskFor(TECH, lot, "performInspection") + "/complete",
                Map.of("results", measured, "decision", "PASS"));
        assertThat(inspected.status()).as(inspected.body().toString()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
        return lot;
    }

    protected static Map<String, Object> issue(String lot, String quantity) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("lotNumber", lot);
        request.put("quantity", new BigDecimal(quantity));
        return request;
    }

    /** A QC manager's signed hold decision. */
    protected static Map<String, Object> holdDecision(String decision, boolean openCapa, String password) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("decision", decision);
        form.put("justification", "Heater band replaced, process verified");
        form.put("openCapa", openCapa);
        form.put("signature", Map.of("password", password, "meaning", "APPROVED_HOLD_DECISION"));
        return form;
    }

    protected static Map<String, Object> completion(int good, int scrap) {
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("goodQuantity", good);
        completion.put("scrapQuantity", scrap);
        return completion;
    }

    protected static Map<String, Object> cavity(int cavity, int good, int scrap) {
        return Map.of("cavity", cavity, "goodQuantity", good, "scrapQuantity", scrap);
    }

    protected static Map<String, Object> parameter(String name, String unit, double lower, double upper, Double center,
                                                   Double sigma, boolean perCavity) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("parameter", name);
        parameter.put("unit", unit);
        parameter.put("lowerSpec", lower);
        parameter.put("upperSpec", upper);
        if (center != null) {
            parameter.put("centerLine", center);
            parameter.put("sigma", sigma);
        }
        parameter.put("perCavity", perCavity);
        return parameter;
    }

    protected long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
