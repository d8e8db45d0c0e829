package io.lotline.trace;

import static io.lotline.support.TestUsers.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.FinishedGoodsSteps;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Traces over the API on a crafted genealogy with known answers: a lot split, two batches in one finished lot,
 * serials shipped to two customers. Runs on H2 and on MariaDB (the recursive queries are the database's).
 */
abstract class TraceScenarios extends FinishedGoodsSteps {
    Genealogy g;

    @BeforeEach
    void craft() {
        g = craftedGenealogy();
    }

    @Test
    void forwardFromTheSupplierLotReachesEverySplitBatchFinishedLotSerialShipmentAndCustomer() {
        JsonNode trace = api.get(AUDITOR, "/api/trace/forward/" + g.supplierLot()).body();

        assertThat(trace.path("root").path("type").asText()).isEqualTo("SUPPLIER");
        assertThat(trace.path("root").path("id").asText()).isEqualTo(g.supplierLot());
        Map<String, Integer> levels = levels(trace);
        Map<String, Integer> expected = new HashMap<>(Map.of(
                "SUPPLIER:" + g.supplierLot(), 0, "MATERIAL_LOT:" + g.resin(), 1,
                "MATERIAL_LOT:" + g.conforming(), 2, "MATERIAL_LOT:" + g.quarantined(), 2,
                "BATCH:" + g.firstBatch(), 3, "BATCH:" + g.secondBatch(), 3, "FINISHED_LOT:" + g.finishedLot(), 4,
                "SHIPMENT:" + g.firstShipment(), 6, "SHIPMENT:" + g.secondShipment(), 6,
                "CUSTOMER:" + g.firstCustomer(), 7));
        expected.put("CUSTOMER:" + g.secondCustomer(), 7);
        g.serials().forEach(serial -> expected.put("SERIAL:" + serial, 5));
        assertThat(levels).isEqualTo(expected);

        JsonNode totals = trace.path("totals");
        assertThat(totals.path("units").asInt()).isEqualTo(5);
        assertThat(totals.path("unitsShipped").asInt()).isEqualTo(3);
        assertThat(totals.path("unitsInPlant").asInt()).isEqualTo(2);
        assertThat(totals.path("lots").asInt()).isEqualTo(4);
        assertThat(totals.path("batches").asInt()).isEqualTo(2);
        assertThat(totals.path("shipments").asInt()).isEqualTo(2);
        assertThat(totals.path("customers").asInt()).isEqualTo(2);

        assertThat(node(trace, "MATERIAL_LOT", g.resin()).path("status").asText()).isEqualTo("CONSUMED");
        assertThat(node(trace, "MATERIAL_LOT", g.quarantined()).path("status").asText()).isEqualTo("QUARANTINED");
        assertThat(node(trace, "SERIAL", g.serials().get(0)).path("status").asText()).isEqualTo("SHIPPED");
        assertThat(node(trace, "SERIAL", g.serials().get(2)).path("status").asText()).isEqualTo("RELEASED");
        JsonNode batch = node(trace, "BATCH", g.firstBatch()).path("details");
        assertThat(batch.path("machine").asText()).isNotBlank();
        assertThat(batch.path("operator").asText()).isNotBlank();
        JsonNode shipment = node(trace, "SHIPMENT", g.firstShipment()).path("details");
        assertThat(shipment.path("customer").asText()).isEqualTo(g.firstCustomer());
        assertThat(shipment.path("order").asText()).isEqualTo("PO-CUST-1");
        assertThat(shipment.path("shipTo").asText()).isNotBlank();
        assertThat(edgeQuantity(trace, g.resin(), g.conforming())).isEqualTo("60");
        assertThat(edgeQuantity(trace, g.conforming(), g.firstBatch())).isEqualTo("1");
        assertThat(edgeQuantity(trace, g.secondBatch(), g.finishedLot())).isEqualTo("2");
        assertThat(edgeQuantity(trace, g.firstShipment(), g.firstCustomer())).isEqualTo("2");
    }

    @Test
    void forwardFromABatchReachesOnlyWhatItWentInto() {
        JsonNode trace = api.get(AUDITOR, "/api/trace/forward/" + g.secondBatch()).body();
        assertThat(levels(trace)).containsEntry("BATCH:" + g.secondBatch(), 0)
                .containsEntry("FINISHED_LOT:" + g.finishedLot(), 1)
                .doesNotContainKey("MATERIAL_LOT:" + g.conforming())
                .doesNotContainKey("BATCH:" + g.firstBatch());
        assertThat(trace.path("totals").path("customers").asInt()).isEqualTo(2);
        assertThat(trace.path("totals").path("lots").asInt()).isEqualTo(1);
    }

    @Test
    void backwardFromASerialReachesBothBatchesTheirInputsTheSplitParentAndTheSupplierLots() {
        String serial = g.serials().get(4);
        JsonNode trace = api.get(AUDITOR, "/api/trace/backward/" + serial).body();

        assertThat(trace.path("root").path("type").asText()).isEqualTo("SERIAL");
        assertThat(trace.path("root").path("status").asText()).isEqualTo("SHIPPED");
        Map<String, Integer> levels = levels(trace);
        assertThat(levels).containsEntry("SERIAL:" + serial, 0)
                .containsEntry("FINISHED_LOT:" + g.finishedLot(), 1)
                .containsEntry("BATCH:" + g.firstBatch(), 2).containsEntry("BATCH:" + g.secondBatch(), 2)
                .containsEntry("MATERIAL_LOT:" + g.conforming(), 3)
                .containsEntry("MATERIAL_LOT:" + g.firstInserts(), 3).containsEntry("MATERIAL_LOT:" + g.secondInserts(), 3)
                .containsEntry("MATERIAL_LOT:" + g.resin(), 4)
                .containsEntry("SUPPLIER:" + g.supplierLot(), 5)
                .doesNotContainKey("MATERIAL_LOT:" + g.quarantined())
                .doesNotContainKey("SHIPMENT:" + g.secondShipment());
        assertThat(levels.keySet()).filteredOn(key -> key.startsWith("SUPPLIER:")).hasSize(3);
        assertThat(levels.keySet()).filteredOn(key -> key.startsWith("SERIAL:")).containsExactly("SERIAL:" + serial);
        JsonNode totals = trace.path("totals");
        assertThat(totals.path("units").asInt()).isEqualTo(1);
        assertThat(totals.path("lots").asInt()).isEqualTo(5);
        assertThat(totals.path("batches").asInt()).isEqualTo(2);
        assertThat(totals.path("customers").asInt()).isZero();
        assertThat(node(trace, "MATERIAL_LOT", g.firstInserts()).path("details").path("inspection").asText())
                .isEqualTo("PASS");
        assertThat(node(trace, "SUPPLIER", g.supplierLot()).path("details").path("supplierName").asText()).isNotBlank();
    }

    @Test
    void backwardFromAShipmentCoversOnlyItsSerials() {
        JsonNode trace = api.get(AUDITOR, "/api/trace/backward/" + g.firstShipment()).body();
        assertThat(levels(trace).keySet()).filteredOn(key -> key.startsWith("SERIAL:"))
                .containsExactlyInAnyOrder("SERIAL:" + g.serials().get(0), "SERIAL:" + g.serials().get(1));
        assertThat(trace.path("totals").path("units").asInt()).isEqualTo(2);
        assertThat(trace.path("totals").path("unitsShipped").asInt()).isEqualTo(2);
    }

    @Test
    void aFinishedLotTracesBothWays() {
        JsonNode forward = api.get(AUDITOR, "/api/trace/forward/" + g.finishedLot()).body();
        assertThat(forward.path("root").path("type").asText()).isEqualTo("FINISHED_LOT");
        assertThat(forward.path("totals").path("units").asInt()).isEqualTo(5);
        assertThat(forward.path("totals").path("shipments").asInt()).isEqualTo(2);
        JsonNode backward = api.get(AUDITOR, "/api/trace/backward/" + g.finishedLot()).body();
        assertThat(backward.path("totals").path("units").asInt()).isEqualTo(5);
        assertThat(backward.path("totals").path("lots").asInt()).isEqualTo(5);
    }

    @Test
    void unknownAndAmbiguousIdsAreClientErrors() {
        Response unknown = api.get(AUDITOR, "/api/trace/forward/NO-SUCH-THING");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).contains("NO-SUCH-THING");
        String supplierLotNumber = g.supplierLot().substring(g.supplierLot().indexOf('/') + 1);
        Response bySupplierLotNumber = api.get(AUDITOR, "/api/trace/forward/" + supplierLotNumber);
        assertThat(bySupplierLotNumber.status()).isEqualTo(200);
        assertThat(bySupplierLotNumber.body().path("root").path("id").asText()).isEqualTo(g.supplierLot());
    }

    static Map<String, Integer> levels(JsonNode trace) {
        Map<String, Integer> levels = new HashMap<>();
        trace.path("nodes").forEach(n -> levels.put(n.path("type").asText() + ":" + n.path("id").asText(),
                n.path("level").asInt()));
        return levels;
    }

    static JsonNode node(JsonNode trace, String type, String id) {
        for (JsonNode n : trace.path("nodes")) {
            if (n.path("type").asText().equals(type) && n.path("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + type + " " + id + " in the trace");
    }

    static String edgeQuantity(JsonNode trace, String from, String to) {
        for (JsonNode e : trace.path("edges")) {
            if (e.path("from").asText().equals(from) && e.path("to").asText().equals(to)) {
                return e.path("quantity").decimalValue().stripTrailingZeros().toPlainString();
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
    }
}
