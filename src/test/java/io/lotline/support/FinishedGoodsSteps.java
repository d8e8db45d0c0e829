package io.lotline.support;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.traceability.LotSplit;
import io.lotline.traceability.LotStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Steps from a batch with material to a released finished lot and its shipment, over the API. */
public abstract class FinishedGoodsSteps extends ProductionSteps {
    protected static final String RELEASE_PROCESS = "lot-release";

    /**
     * A genealogy with known answers: a supplier lot received as resin, split (conforming child, quarantined child);
     * the conforming child feeds two batches (the first with 3 melt temperature readings), each with its own insert lot, that make one finished lot of 5 serials
     * (3 + 2). After release, 2 serials go to one customer, 1 to another, 2 stay in stock.
     */
    protected Genealogy craftedGenealogy() {
        String resin = releasedResinLot(100, null);
        JsonNode resinLot = api.get(ADMIN, "/api/lots/" + resin).body();
        LotSplit split = lotStatus.split(resin, new BigDecimal("40"), List.of(), LotStatus.RELEASED, "Partly wet on receipt", null);
        String conforming = split.conforming().getLotNumber();
        String firstBatch = runningBatchWith(conforming);
        String secondBatch = runningBatchWith(conforming);
        Response readings = api.post(TECH, "/api/batches/" + firstBatch + "/readings", List.of(reading(), reading(), reading()));
        assertThat(readings.status()).as(readings.body().toString()).isLessThan(300);
        Response completed = api.post(TECH, "/api/batches/" + firstBatch + "/complete", completion(3, 0));
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        String finished = completed.text("finishedLotNumber");
        Map<String, Object> joining = completion(2, 0);
        joining.put("finishedLotNumber", finished);
        assertThat(api.post(TECH, "/api/batches/" + secondBatch + "/complete", joining).status()).isEqualTo(200);
        inspectFinal(TECH, finished, "PASS");
        assertThat(decide(MANAGER, finished, release()).status()).isEqualTo(200);
        List<String> serials = serialsOf(finished);
        String firstCustomer = newCustomer();
        String secondCustomer = newCustomer();
        Response toFirst = ship(firstCustomer, List.of(Map.of("serial", serials.get(0)), Map.of("serial", serials.get(1))));
        assertThat(toFirst.status()).as(toFirst.body().toString()).isEqualTo(201);
        Response toSecond = ship(secondCustomer, List.of(Map.of("serial", serials.get(4))));
        assertThat(toSecond.status()).as(toSecond.body().toString()).isEqualTo(201);
        return new Genealogy(resinLot.path("supplierCode").asText() + "/" + resinLot.path("supplierLotNumber").asText(),
                resin, conforming, split.quarantined().getLotNumber(), firstBatch, secondBatch,
                insertLotsOf(firstBatch), insertLotsOf(secondBatch), finished, serials,
                toFirst.text("shipmentNumber"), toSecond.text("shipmentNumber"), firstCustomer, secondCustomer);
    }

    protected record Genealogy(String supplierLot, String resin, String conforming, String quarantined,
                               String firstBatch, String secondBatch, String firstInserts, String secondInserts,
                               String finishedLot, List<String> serials, String firstShipment, String secondShipment,
                               String firstCustomer, String secondCustomer) {}

    private String insertLotsOf(String batch) {
        return jdbc.queryForObject("SELECT parent_id FROM genealogy_link WHERE child_type = 'BATCH' AND child_id = ?"
                + " AND parent_id IN (SELECT l.lot_number FROM material_lot l JOIN material m ON m.id = l.material_id"
                + " WHERE m.part_number = ?)", String.class, batch, insertPart);
    }

    protected String newCustomer() {
        String code = "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.post(ADMIN, "/api/customers", Map.of("code", code, "name", "Customer " + code,
                "address", "1 Dock Road, Harbour City")).status()).isEqualTo(201);
        return code;
    }

    /** A running batch with resin and inserts issued; both lots are used up, so FEFO never points at them later. */
    protected String runningBatchWithMaterial() {
        return runningBatchWith(releasedResinLot(1, null));
    }

    protected String runningBatchWith(String resin) {
        return withMaterialIssued(runningBatch(), resin);
    }

    /** Issues the resin lot and twenty inserts to the running batch. */
    protected String withMaterialIssued(String batch, String resin) {
        String inserts = releasedLotOf(insertPart, 20, null, Map.of("Outer diameter", "5.0"));
        assertThat(api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(resin, "1")).status()).isEqualTo(201);
        assertThat(api.post(TECH, "/api/batches/" + batch + "/consumptions", issue(inserts, "20")).status()).isEqualTo(201);
        return batch;
    }

    /** A finished lot of {@code good} serialised parts, in release review. */
    protected String finishedLot(int good) {
        return finishedLotFrom(releasedResinLot(1, null), good);
    }

    protected String finishedLotFrom(String resin, int good) {
        String batch = runningBatchWith(resin);
        Response completed = api.post(TECH, "/api/batches/" + batch + "/complete", completion(good, 0));
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        return completed.text("finishedLotNumber");
    }

    protected String releasedFinishedLot(int good) {
        String lot = finishedLot(good);
        inspectFinal(TECH, lot, "PASS");
        Response released = decide(MANAGER, lot, release());
        assertThat(released.status()).as(released.body().toString()).isEqualTo(200);
        return lot;
    }

    protected void inspectFinal(TestUsers.User inspector, String lot, String decision) {
        String task = taskFor(inspector, "lotNumber", lot, "finalInspection", RELEASE_PROCESS);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("results", List.of(Map.of("characteristic", "Visual", "value", decision.equals("FAIL") ? "FAIL" : "PASS")));
        form.put("decision", decision);
        if (!decision.equals("PASS")) {
            form.put("comment", "Slight flash at the parting line");
        }
        Response inspected = api.post(inspector, "/api/tasks/" + task + "/complete", form);
        assertThat(inspected.status()).as(inspected.body().toString()).isEqualTo(200);
    }

    protected Response decide(TestUsers.User user, String lot, Map<String, Object> form) {
        String task = taskFor(MANAGER, "lotNumber", lot, "releaseLot", RELEASE_PROCESS);
        return api.post(user, "/api/tasks/" + task + "/complete", form);
    }

    protected static Map<String, Object> release() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("decision", "RELEASE");
        form.put("comment", "Record reviewed: complete and conforming");
        form.put("signature", Map.of("password", MANAGER.password(), "meaning", "RELEASED_FOR_DISTRIBUTION"));
        return form;
    }

    protected static Map<String, Object> reject() {
        return Map.of("decision", "REJECT", "comment", "Not fit for distribution",
                "signature", Map.of("password", MANAGER.password(), "meaning", "REJECTED_FOR_DISTRIBUTION"));
    }

    protected static Map<String, Object> conditionalRelease(String customerCode) {
        return Map.of("decision", "CONDITIONAL_RELEASE", "comment", "Flash is cosmetic; customer agreed",
                "conditions", "Cosmetic flash accepted by the customer's deviation 77", "validUntil",
                LocalDate.now().plusDays(30).toString(), "customerCodes", List.of(customerCode),
                "signature", Map.of("password", MANAGER.password(), "meaning", "APPROVED_CONDITIONAL_RELEASE"));
    }

    protected static Map<String, Object> hold(String reason) {
        return Map.of("reason", reason, "signature", Map.of("password", MANAGER.password(), "meaning", "PLACED_ON_HOLD"));
    }

    protected static Map<String, Object> reading() {
        return Map.of("parameter", "Melt temperature", "value", 235, "source", "SENSOR");
    }

    protected static Map<String, Object> shipment(String customerCode, List<Map<String, Object>> lines) {
        return Map.of("customerCode", customerCode, "orderNumber", "PO-CUST-1", "lines", lines);
    }

    protected Response ship(String customerCode, List<Map<String, Object>> lines) {
        return api.post(TECH, "/api/shipments", shipment(customerCode, lines));
    }

    protected List<String> serialsOf(String lot) {
        return jdbc.queryForList("SELECT s.serial FROM serial_unit s JOIN material_lot l ON l.id = s.lot_id"
                + " WHERE l.lot_number = ? ORDER BY s.id", String.class, lot);
    }

    protected String gtinOf(String lot) {
        return jdbc.queryForObject("SELECT m.gtin FROM material m JOIN material_lot l ON l.material_id = m.id"
                + " WHERE l.lot_number = ?", String.class, lot);
    }

    protected boolean releaseProcessEnded(String lot) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RELEASE_PROCESS)
                .processInstanceBusinessKey(lot).singleResult().getEndTime() != null;
    }

    protected static List<String> problems(Response response) {
        List<String> problems = new ArrayList<>();
        response.body().path("problems").forEach(p -> problems.add(p.asText()));
        return problems;
    }

}
