package io.lotline.release;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static io.lotline.support.TestUsers.TECH2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A finished lot rejected at release is no dead end: it is quarantined with a nonconformance, and its disposition
 * scraps it, reworks it into a new release review, or splits off the good part found by sorting. Real BPMN, over the
 * API; on H2 and on MariaDB.
 */
abstract class RejectedLotScenarios extends RejectedLotSteps {
    @Test
    void aRejectedFinishedLotIsQuarantinedAndCanBeScrappedButNotUsedAsIsOrReturned() {
        String lot = rejectedLot(4);

        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        JsonNode nc = nonconformance(lot);
        assertThat(nc.path("origin").asText()).isEqualTo("RELEASE_REJECTED");
        assertThat(nc.path("statusBefore").asText()).isEqualTo("REJECTED");
        assertThat(nc.path("quarantineReason").asText()).contains("Not fit for distribution");
        assertThat(api.get(AUDITOR, "/api/audit?entityType=MATERIAL_LOT&entityId=" + lot + "&action=STATUS_CHANGE").body())
                .extracting(e -> e.path("changes").path("status").path("new").asText())
                .startsWith("QUARANTINED", "REJECTED");
        recordWholeLot(lot);

        for (String refused : List.of("USE_AS_IS", "RETURN_TO_SUPPLIER")) {
            Map<String, Object> form = disposition(refused);
            form.put("conditions", "Cosmetic only");
            form.put("validUntil", LocalDate.now().plusDays(10).toString());
            form.put("returnReference", "RMA-1");
            Response response = decideDisposition(lot, form);
            assertThat(response.status()).as(refused).isEqualTo(422);
            assertThat(response.errorFields()).as(refused).containsExactly("disposition");
        }
        assertThat(decideDisposition(lot, disposition("USE_AS_IS")).text("detail"))
                .contains("was rejected by a signed decision").contains("SCRAP, REWORK, SPLIT");

        assertThat(decideDisposition(lot, disposition("SCRAP")).status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("SCRAPPED");
        assertThat(quarantineEndedAt(lot)).isEqualTo("lotScrapped");
        JsonNode totals = api.get(AUDITOR, "/api/trace/forward/" + lot).body().path("totals");
        assertThat(totals.path("unitsInPlant").asInt()).isZero();
        assertThat(totals.path("unitsScrapped").asInt()).isEqualTo(4);
    }

    @Test
    void aReworkedFinishedLotIsInspectedAndDecidedAgainInANewReleaseReview() {
        String lot = rejectedLot(3);
        recordWholeLot(lot);
        assertThat(decideDisposition(lot, disposition("REWORK")).status()).isEqualTo(200);
        String rework = taskFor(TECH, lot, "reworkLot", QUARANTINE);
        assertThat(api.post(TECH, "/api/tasks/" + rework + "/complete", Map.of("description", "Flash trimmed by hand"))
                .status()).isEqualTo(200);

        assertThat(lotStatusOf(lot)).isEqualTo("IN_RELEASE_REVIEW");
        assertThat(quarantineEndedAt(lot)).isEqualTo("sentToReinspection");
        JsonNode review = api.get(AUDITOR, "/api/lots/" + lot + "/release-review").body();
        assertThat(review.path("release").isNull()).as("the earlier REJECT is not this review's decision").isTrue();
        assertThat(review.path("blockers").toString()).contains("The final inspection has not been recorded");
        assertThat(review.path("batches")).hasSize(1);

        inspectFinal(TECH2, lot, "PASS");
        Response released = decide(MANAGER, lot, release());
        assertThat(released.status()).as(released.body().toString()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
        assertThat(api.get(AUDITOR, "/api/lots/" + lot).body().path("release").path("decision").asText()).isEqualTo("RELEASE");
        assertThat(jdbc.queryForList("SELECT r.decision FROM lot_release r JOIN material_lot l ON l.id = r.lot_id"
                + " WHERE l.lot_number = ? ORDER BY r.id", String.class, lot)).containsExactly("REJECT", "RELEASE");
    }

    @Test
    void aSortedRejectedLotSendsItsGoodPartToReleaseReviewAndScrapsTheRestWithItsSerials() {
        String lot = rejectedLot(5);
        String batch = api.get(AUDITOR, "/api/lots/" + lot).body().path("producedBy").get(0).asText();
        List<String> serials = serialsOf(lot);
        recordWholeLot(lot);
        long auditBefore = auditEntries.count();

        assertThat(decideDisposition(lot, split(null, List.of())).errorFields()).containsExactly("acceptedQuantity");
        assertThat(decideDisposition(lot, split("5", List.of())).errorFields()).containsExactly("acceptedQuantity");
        Response tooFew = decideDisposition(lot, split("3", List.of(serials.get(0))));
        assertThat(tooFew.status()).isEqualTo(422);
        assertThat(tooFew.errorFields()).containsExactly("rejectedSerials");
        assertThat(tooFew.text("detail")).contains("name the serial of each of the 2 nonconforming units (1 named)");
        String foreign = serialsOf(finishedLot(1)).get(0);
        long beforeForeign = auditEntries.count();
        Response notItsOwn = decideDisposition(lot, split("3", List.of(serials.get(0), foreign)));
        assertThat(notItsOwn.errorFields()).containsExactly("rejectedSerials");
        assertThat(notItsOwn.text("detail")).contains(foreign);
        Map<String, Object> splitOfScrap = disposition("SCRAP");
        splitOfScrap.put("acceptedQuantity", 3);
        assertThat(decideDisposition(lot, splitOfScrap).errorFields()).containsExactly("acceptedQuantity");
        assertThat(auditEntries.count()).as("refusals write nothing").isEqualTo(beforeForeign);
        assertThat(beforeForeign).isGreaterThan(auditBefore); // the other finished lot

        Response sorted = decideDisposition(lot, split("3", List.of(serials.get(0), serials.get(1))));
        assertThat(sorted.status()).as(sorted.body().toString()).isEqualTo(200);

        JsonNode nc = nonconformance(lot);
        String accepted = nc.path("acceptedLotNumber").asText();
        String sortedOut = nc.path("lotNumber").asText();
        assertThat(nc.path("disposition").asText()).isEqualTo("SPLIT");
        assertThat(nc.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(nc.path("rejectedSerials")).extracting(JsonNode::asText).containsExactly(serials.get(0), serials.get(1));
        assertThat(lotStatusOf(lot)).isEqualTo("CONSUMED");
        assertThat(quarantineEndedAt(lot)).isEqualTo("lotSorted");

        JsonNode scrapped = api.get(AUDITOR, "/api/lots/" + sortedOut).body();
        assertThat(scrapped.path("status").asText()).isEqualTo("SCRAPPED");
        assertThat(scrapped.path("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(serialsOf(sortedOut)).containsExactly(serials.get(0), serials.get(1));
        JsonNode good = api.get(AUDITOR, "/api/lots/" + accepted).body();
        assertThat(good.path("status").asText()).isEqualTo("IN_RELEASE_REVIEW");
        assertThat(good.path("origin").asText()).isEqualTo("PRODUCED");
        assertThat(good.path("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(good.path("producedBy")).extracting(JsonNode::asText).containsExactly(batch);
        assertThat(good.path("nonconformances")).extracting(n -> n.path("number").asText())
                .containsExactly(nc.path("number").asText());
        assertThat(serialsOf(accepted)).containsExactlyElementsOf(serials.subList(2, 5));
        assertThat(api.get(AUDITOR, "/api/serials/" + serials.get(0)).text("status")).isEqualTo("SCRAPPED");
        assertThat(api.get(AUDITOR, "/api/serials/" + serials.get(2)).text("lotNumber")).isEqualTo(accepted);

        JsonNode review = api.get(AUDITOR, "/api/lots/" + accepted + "/release-review").body();
        assertThat(review.path("batches")).hasSize(1);
        inspectFinal(TECH, accepted, "PASS");
        assertThat(decide(MANAGER, accepted, release()).status()).isEqualTo(200);
        assertThat(lotStatusOf(accepted)).isEqualTo("RELEASED");
        assertThat(api.get(AUDITOR, "/api/serials/" + serials.get(4)).text("status")).isEqualTo("RELEASED");

        JsonNode totals = api.get(AUDITOR, "/api/trace/forward/" + batch).body().path("totals");
        assertThat(totals.path("unitsInPlant").asInt()).as("the released good part").isEqualTo(3);
        assertThat(totals.path("unitsScrapped").asInt()).as("the sorted-out part").isEqualTo(2);
    }

    @Test
    void aSplitAtTheFinalInspectionEndsTheReviewAndSendsTheSortedGoodPartToAReviewOfItsOwn() {
        String lot = finishedLot(5);
        List<String> serials = serialsOf(lot);
        String task = taskFor(TECH, "lotNumber", lot, "finalInspection", RELEASE_PROCESS);
        Map<String, Object> form = new LinkedHashMap<>(Map.of("decision", "SPLIT", "comment", "Sorted 100 %: two with flash",
                "results", List.of(Map.of("characteristic", "Visual", "value", "FAIL")), "acceptedQuantity", 3,
                "rejectedQuantity", 2));
        Response unnamed = api.post(TECH, "/api/tasks/" + task + "/complete", form);
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.errorFields()).containsExactly("rejectedSerials");

        form.put("rejectedSerials", List.of(serials.get(0), serials.get(1)));
        Response sorted = api.post(TECH, "/api/tasks/" + task + "/complete", form);
        assertThat(sorted.status()).as(sorted.body().toString()).isEqualTo(200);

        assertThat(lotStatusOf(lot)).isEqualTo("CONSUMED");
        assertThat(api.get(MANAGER, "/api/tasks?lotNumber=" + lot).body()).as("the review of the split lot ended").isEmpty();
        String rejected = api.get(AUDITOR, "/api/serials/" + serials.get(0)).text("lotNumber");
        String accepted = api.get(AUDITOR, "/api/serials/" + serials.get(2)).text("lotNumber");
        assertThat(serialsOf(rejected)).containsExactly(serials.get(0), serials.get(1));
        assertThat(serialsOf(accepted)).containsExactlyElementsOf(serials.subList(2, 5));
        assertThat(lotStatusOf(accepted)).isEqualTo("IN_RELEASE_REVIEW");
        assertThat(taskFor(TECH, "lotNumber", accepted, "finalInspection", RELEASE_PROCESS)).isNotBlank();
        JsonNode nc = nonconformance(rejected);
        assertThat(lotStatusOf(rejected)).isEqualTo("QUARANTINED");
        assertThat(nc.path("origin").asText()).isEqualTo("FAILED_INSPECTION");
        assertThat(nc.path("statusBefore").asText()).isEqualTo("IN_RELEASE_REVIEW");
        assertThat(taskFor(TECH, rejected, "recordNonconformance", QUARANTINE)).isNotBlank();
    }

    @Test
    void aPartialNonconformanceOfASerialisedFinishedLotNamesItsUnitsAndSendsTheRestToReleaseReview() {
        String lot = rejectedLot(4);
        List<String> serials = serialsOf(lot);
        Response capa = api.post(MANAGER, "/api/capas", Map.of("title", "Flash at the parting line", "description",
                "Mold wear suspected", "lotNumbers", List.of(lot)));
        assertThat(capa.status()).as(capa.body().toString()).isEqualTo(201);
        String record = taskFor(TECH, lot, "recordNonconformance", QUARANTINE);

        Response unnamed = api.post(TECH, "/api/tasks/" + record + "/complete", nonconformanceForm("1", List.of()));
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.errorFields()).containsExactly("serials");
        Response wholeLotWithSerials = api.post(TECH, "/api/tasks/" + record + "/complete",
                nonconformanceForm("4", List.of(serials.get(3))));
        assertThat(wholeLotWithSerials.errorFields()).containsExactly("serials");

        Response recorded = api.post(TECH, "/api/tasks/" + record + "/complete", nonconformanceForm("1", List.of(serials.get(3))));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        String nonconforming = nonconformance(lot).path("lotNumber").asText();
        assertThat(serialsOf(nonconforming)).containsExactly(serials.get(3));
        String conforming = jdbc.queryForObject("SELECT child_id FROM genealogy_link WHERE parent_type = 'MATERIAL_LOT'"
                + " AND parent_id = ? AND child_id <> ?", String.class, lot, nonconforming);
        assertThat(serialsOf(conforming)).containsExactlyElementsOf(serials.subList(0, 3));
        assertThat(lotStatusOf(conforming)).as("a rejected lot's conforming part is reviewed again").isEqualTo("IN_RELEASE_REVIEW");
        assertThat(taskFor(TECH, conforming, "finalInspection", RELEASE_PROCESS)).isNotBlank();
        assertThat(api.get(AUDITOR, "/api/lots/" + conforming + "/release-review").body().path("blockers").toString())
                .as("a CAPA on the lot it was split off blocks its release")
                .contains("CAPA " + capa.text("capaNumber") + " linked to lot " + lot + " (this lot was split off it) is open");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM genealogy_link WHERE parent_type = 'FINISHED_LOT'"
                + " AND parent_id = ? AND child_type = 'SERIAL'", Long.class, conforming)).isEqualTo(3);
        assertThat(taskFor(MANAGER, nonconforming, "decideDisposition", QUARANTINE)).isNotBlank();
    }
}
