package io.lotline.release;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static io.lotline.support.TestUsers.TECH2;
import static io.lotline.support.TestUsers.TECH_AND_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api;
import io.lotline.support.Api.Response;
import io.lotline.support.FinishedGoodsSteps;
import io.lotline.traceability.LotStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * From a completed batch to a customer shipment over the API, with the real lot-release BPMN: finished lots and
 * serials, the production record review and each release blocker, the signed release, and dispatch refusals and
 * races. Runs on H2 and on MariaDB.
 */
abstract class ReleaseScenarios extends FinishedGoodsSteps {
    String customer;
    String otherCustomer;

    @BeforeEach
    void createCustomers() {
        customer = newCustomer();
        otherCustomer = newCustomer();
    }

    // ---- finished lots and serials ----

    @Test
    void aCompletedSerialBatchMakesAFinishedLotWithOneSerialPerGoodPartAndItsCavity() {
        String batch = runningBatchWithMaterial();
        Map<String, Object> completion = completion(5, 1);
        completion.put("cavities", List.of(cavity(1, 3, 0), cavity(2, 2, 1)));
        assertThat(api.post(TECH, "/api/batches/" + batch + "/complete", completion).status()).isEqualTo(200);

        String lot = api.get(AUDITOR, "/api/batches/" + batch).text("finishedLotNumber");
        assertThat(lot).matches("FL-\\d{4}-\\d{6}");
        JsonNode details = api.get(AUDITOR, "/api/lots/" + lot).body();
        assertThat(details.path("status").asText()).isEqualTo("IN_RELEASE_REVIEW");
        assertThat(details.path("origin").asText()).isEqualTo("PRODUCED");
        assertThat(details.path("partNumber").asText()).isEqualTo(productPart);
        assertThat(details.path("quantity").decimalValue()).isEqualByComparingTo("5");
        assertThat(details.path("serials").asLong()).isEqualTo(5);
        assertThat(details.path("expiresOn").asText()).isEqualTo(LocalDate.now().plusDays(730).toString());

        List<String> serials = serialsOf(lot);
        assertThat(serials).hasSize(5).doesNotHaveDuplicates();
        JsonNode first = api.get(AUDITOR, "/api/serials/" + serials.get(0)).body();
        assertThat(first.path("lotNumber").asText()).isEqualTo(lot);
        assertThat(first.path("batchNumber").asText()).isEqualTo(batch);
        assertThat(first.path("cavity").asInt()).isEqualTo(1);
        assertThat(first.path("status").asText()).isEqualTo("IN_RELEASE_REVIEW");
        assertThat(api.get(AUDITOR, "/api/serials/" + serials.get(4)).body().path("cavity").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM genealogy_link WHERE parent_type = 'BATCH' AND parent_id = ?"
                + " AND child_type = 'FINISHED_LOT' AND child_id = ?", Long.class, batch, lot)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM genealogy_link WHERE parent_type = 'FINISHED_LOT'"
                + " AND parent_id = ? AND child_type = 'SERIAL'", Long.class, lot)).isEqualTo(5);

        assertThat(taskFor(TECH, "lotNumber", lot, "finalInspection", RELEASE_PROCESS)).isNotNull();
        assertThat(taskFor(MANAGER, "lotNumber", lot, "releaseLot", RELEASE_PROCESS)).isNotNull();
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/audit").body().toString()).contains("RELEASE_REVIEW");
    }

    @Test
    void serialsAreUniqueAcrossBatchesAndTheDatabaseRefusesADuplicate() {
        String first = finishedLot(4);
        String second = finishedLot(4);
        List<String> all = new ArrayList<>(serialsOf(first));
        all.addAll(serialsOf(second));
        assertThat(all).hasSize(8).doesNotHaveDuplicates();

        Map<String, Object> row = jdbc.queryForMap("SELECT gtin, lot_id, batch_number FROM serial_unit WHERE serial = ?",
                all.get(0));
        assertThatThrownBy(() -> jdbc.update("INSERT INTO serial_unit (gtin, serial, lot_id, batch_number, status,"
                        + " created_at, version) VALUES (?, ?, ?, ?, 'IN_STOCK', CURRENT_TIMESTAMP, 0)",
                row.get("gtin"), all.get(0), row.get("lot_id"), row.get("batch_number")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anotherBatchJoinsTheReleaseGroupOnlyWhileItsLotIsInReview() {
        String lot = finishedLot(3);
        String second = runningBatchWithMaterial();
        Map<String, Object> joining = completion(2, 0);
        joining.put("finishedLotNumber", lot);
        Response joined = api.post(TECH, "/api/batches/" + second + "/complete", joining);
        assertThat(joined.status()).as(joined.body().toString()).isEqualTo(200);
        assertThat(joined.text("finishedLotNumber")).isEqualTo(lot);
        JsonNode details = api.get(AUDITOR, "/api/lots/" + lot).body();
        assertThat(details.path("quantity").decimalValue()).isEqualByComparingTo("5");
        assertThat(details.path("serials").asLong()).isEqualTo(5);
        assertThat(details.path("producedBy")).hasSize(2);
        JsonNode review = api.get(AUDITOR, "/api/lots/" + lot + "/release-review").body();
        assertThat(review.path("madeQuantity").asInt()).isEqualTo(5);
        assertThat(review.path("batches")).hasSize(2);

        String third = runningBatchWithMaterial();
        String material = releasedResinLot(10, null);
        Map<String, Object> wrongLot = completion(1, 0);
        wrongLot.put("finishedLotNumber", material);
        Response refused = api.post(TECH, "/api/batches/" + third + "/complete", wrongLot);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("finishedLotNumber");
        assertThat(api.get(AUDITOR, "/api/batches/" + third).text("status")).isEqualTo("RUNNING");

        inspectFinal(TECH, lot, "PASS");
        assertThat(decide(MANAGER, lot, release()).status()).isEqualTo(200);
        Map<String, Object> tooLate = completion(1, 0);
        tooLate.put("finishedLotNumber", lot);
        Response afterRelease = api.post(TECH, "/api/batches/" + third + "/complete", tooLate);
        assertThat(afterRelease.status()).isEqualTo(409);
        assertThat(afterRelease.text("detail")).contains("is RELEASED");
    }

    // ---- release blockers, one by one ----

    @Test
    void aMissingOrFailedFinalInspectionBlocksRelease() {
        String lot = finishedLot(2);
        Response missing = decide(MANAGER, lot, release());
        assertThat(missing.status()).isEqualTo(409);
        assertThat(problems(missing)).containsExactly("The final inspection has not been recorded");

        inspectFinal(TECH, lot, "FAIL");
        Response failed = decide(MANAGER, lot, release());
        assertThat(failed.status()).isEqualTo(409);
        assertThat(problems(failed)).singleElement().asString().startsWith("The final inspection FAILED");
        assertThat(lotStatusOf(lot)).isEqualTo("IN_RELEASE_REVIEW");
        assertThat(decide(MANAGER, lot, reject()).status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).as("rejected, then quarantined for a disposition").isEqualTo("QUARANTINED");
        assertThat(releaseProcessEnded(lot)).isTrue();
    }

    @Test
    void anInputLotQuarantinedAfterUseBlocksReleaseUntilItsHoldIsReleased() {
        String resin = releasedResinLot(100, null);
        String lot = finishedLotFrom(resin, 2);
        inspectFinal(TECH, lot, "PASS");
        assertThat(api.post(MANAGER, "/api/lots/" + resin + "/hold", hold("Supplier recall notice")).status()).isEqualTo(200);

        Response blocked = decide(MANAGER, lot, release());
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(problems(blocked)).singleElement().asString().contains("Input lot " + resin).contains("is now QUARANTINED");

        assertThat(api.post(MANAGER, "/api/lots/" + resin + "/release-hold", Map.of("reason", "Recall did not concern this lot",
                "signature", Map.of("password", MANAGER.password(), "meaning", "RELEASED_FROM_HOLD"))).status()).isEqualTo(200);
        assertThat(decide(MANAGER, lot, release()).status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
    }

    @Test
    void anOpenCapaOnABatchOrAnInputLotBlocksReleaseAndTheDeviceHistoryRecordListsIt() throws Exception {
        String resin = releasedResinLot(100, null);
        String lot = finishedLotFrom(resin, 2);
        inspectFinal(TECH, lot, "PASS");
        String batch = api.get(AUDITOR, "/api/lots/" + lot).body().path("producedBy").get(0).asText();
        Response onBatch = api.post(MANAGER, "/api/capas", Map.of("title", "Short shots on cavity 2",
                "description", "SPC drift on the batch", "batchNumbers", List.of(batch)));
        assertThat(onBatch.status()).as(onBatch.body().toString()).isEqualTo(201);
        Response onResin = api.post(MANAGER, "/api/capas", Map.of("title", "Resin moisture at supplier",
                "description", "Moisture near the limit", "lotNumbers", List.of(resin)));
        assertThat(onResin.status()).isEqualTo(201);

        Response blocked = decide(MANAGER, lot, release());
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(problems(blocked)).containsExactly(
                "CAPA " + onBatch.text("capaNumber") + " linked to batch " + batch + " is open (ROOT_CAUSE_ANALYSIS)",
                "CAPA " + onResin.text("capaNumber") + " linked to input lot " + resin + " is open (ROOT_CAUSE_ANALYSIS)");
        JsonNode capas = api.get(AUDITOR, "/api/lots/" + lot + "/release-review").body().path("capas");
        assertThat(capas.findValuesAsText("linkedTo")).containsExactly("batch " + batch, "input lot " + resin);

        var pdf = rest.withBasicAuth(AUDITOR.name(), AUDITOR.password()).getForEntity("/api/lots/" + lot + "/record.pdf",
                byte[].class);
        String text;
        try (PDDocument document = PDDocument.load(pdf.getBody())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains(onBatch.text("capaNumber"), onResin.text("capaNumber"), "batch " + batch)
                .doesNotContain("No CAPA is linked");
        assertThat(lotStatusOf(lot)).isEqualTo("IN_RELEASE_REVIEW");
    }

    @Test
    void anInputLotThatWasNotReleasedWhenIssuedBlocksRelease() {
        String resin = releasedResinLot(100, null);
        String lot = finishedLotFrom(resin, 2);
        inspectFinal(TECH, lot, "PASS");
        // a record that cannot come about through Lotline (issue refuses such lots), e.g. one migrated from paper
        jdbc.update("UPDATE material_consumption SET lot_status_at_issue = 'IN_INSPECTION' WHERE lot_id ="
                + " (SELECT id FROM material_lot WHERE lot_number = ?)", resin);
        Response blocked = decide(MANAGER, lot, release());
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(problems(blocked)).singleElement().asString().contains("was IN_INSPECTION, not released");
    }

    @Test
    void aHeldAndThenRejectedBatchBlocksRelease() {
        String lot = finishedLot(2);
        String batch = api.get(AUDITOR, "/api/lots/" + lot).body().path("producedBy").get(0).asText();
        inspectFinal(TECH, lot, "PASS");
        Response held = api.post(TECH, "/api/batches/" + batch + "/hold", Map.of("reason", "Customer complaint on a sister batch"));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        String holdNumber = held.text("holdNumber");

        Response onHold = decide(MANAGER, lot, release());
        assertThat(onHold.status()).isEqualTo(409);
        assertThat(problems(onHold)).containsExactly("Batch " + batch + " is ON_HOLD",
                "Hold " + holdNumber + " on batch " + batch + " is still open (OPEN)");
        assertThat(api.post(TECH, "/api/batches/" + batch + "/readings", List.of(reading())).status()).isEqualTo(409);

        String investigate = taskFor(TECH2, "batchNumber", batch, "investigateHold", "in-process-hold");
        assertThat(api.post(TECH2, "/api/tasks/" + investigate + "/complete", Map.of("findings", "Short shots in cavity 2",
                "suspectedCause", "Blocked vent", "affectedQuantity", 2)).status()).isEqualTo(200);
        String decideHold = taskFor(MANAGER, "batchNumber", batch, "decideHold", "in-process-hold");
        Map<String, Object> scrap = holdDecision("SCRAP_CAVITY", false, MANAGER.password());
        scrap.put("scrapCavities", List.of(2));
        scrap.put("scrapQuantity", 1);
        Response scrapRefused = api.post(MANAGER, "/api/tasks/" + decideHold + "/complete", scrap);
        assertThat(scrapRefused.status()).isEqualTo(422);
        assertThat(scrapRefused.errorFields()).containsExactly("decision");
        assertThat(api.post(MANAGER, "/api/tasks/" + decideHold + "/complete",
                holdDecision("REJECT_BATCH", false, MANAGER.password())).status())
                .isEqualTo(200);

        Response rejected = decide(MANAGER, lot, release());
        assertThat(rejected.status()).isEqualTo(409);
        assertThat(problems(rejected)).containsExactly("Batch " + batch + " is REJECTED");
    }

    @Test
    void aResumedHoldReturnsACompletedBatchToCompletedAndUnblocksRelease() {
        String lot = finishedLot(2);
        String batch = api.get(AUDITOR, "/api/lots/" + lot).body().path("producedBy").get(0).asText();
        inspectFinal(TECH, lot, "PASS");
        assertThat(api.post(TECH, "/api/batches/" + batch + "/hold", Map.of("reason", "Check the mold insert"))
                .status()).isEqualTo(201);
        String investigate = taskFor(TECH2, "batchNumber", batch, "investigateHold", "in-process-hold");
        assertThat(api.post(TECH2, "/api/tasks/" + investigate + "/complete", Map.of("findings", "Insert fine",
                "suspectedCause", "None", "affectedQuantity", 0)).status()).isEqualTo(200);
        String decideHold = taskFor(MANAGER, "batchNumber", batch, "decideHold", "in-process-hold");
        assertThat(api.post(MANAGER, "/api/tasks/" + decideHold + "/complete",
                holdDecision("RESUME", false, MANAGER.password())).status())
                .isEqualTo(200);
        assertThat(api.get(AUDITOR, "/api/batches/" + batch).text("status")).isEqualTo("COMPLETED");
        assertThat(decide(MANAGER, lot, release()).status()).isEqualTo(200);
    }

    @Test
    void anOpenCapaLinkedToTheLotBlocksRelease() {
        String lot = finishedLot(2);
        inspectFinal(TECH, lot, "PASS");
        Response capa = api.post(MANAGER, "/api/capas", Map.of("title", "Housing crack risk", "description",
                "Field report of cracks near the insert", "lotNumbers", List.of(lot)));
        assertThat(capa.status()).as(capa.body().toString()).isEqualTo(201);
        Response blocked = decide(MANAGER, lot, release());
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(problems(blocked)).singleElement().asString()
                .isEqualTo("CAPA " + capa.text("capaNumber") + " linked to the lot is open (ROOT_CAUSE_ANALYSIS)");
        assertThat(decide(MANAGER, lot, reject()).status()).isEqualTo(200);
    }

    // ---- the signed release ----

    @Test
    void theReleaseIsSignedByAManagerOtherThanTheFinalInspectorAndRecordsTheReleaser() {
        String lot = finishedLot(3);
        inspectFinal(TECH_AND_MANAGER, lot, "PASS");
        Response ownInspection = decide(TECH_AND_MANAGER, lot, release());
        assertThat(ownInspection.status()).isEqualTo(403);
        assertThat(ownInspection.text("detail")).contains("four-eyes");
        assertThat(decide(TECH, lot, release()).status()).isEqualTo(403);

        Map<String, Object> wrongMeaning = release();
        wrongMeaning.put("signature", Map.of("password", MANAGER.password(), "meaning", "APPROVED_DISPOSITION"));
        assertThat(decide(MANAGER, lot, wrongMeaning).status()).isEqualTo(422);
        Map<String, Object> wrongPassword = release();
        wrongPassword.put("signature", Map.of("password", "nope", "meaning", "RELEASED_FOR_DISTRIBUTION"));
        assertThat(decide(MANAGER, lot, wrongPassword).status()).isEqualTo(403);
        Map<String, Object> noComment = release();
        noComment.remove("comment");
        assertThat(decide(MANAGER, lot, noComment).errorFields()).containsExactly("comment");
        assertThat(lotStatusOf(lot)).isEqualTo("IN_RELEASE_REVIEW");

        assertThat(decide(MANAGER, lot, release()).status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
        assertThat(releaseProcessEnded(lot)).isTrue();
        JsonNode release = api.get(AUDITOR, "/api/lots/" + lot).body().path("release");
        assertThat(release.path("decision").asText()).isEqualTo("RELEASE");
        assertThat(release.path("inspectedBy").asText()).isEqualTo(TECH_AND_MANAGER.name());
        assertThat(release.path("decidedBy").asText()).isEqualTo(MANAGER.name());
        assertThat(release.path("signature").path("meaning").asText()).isEqualTo("RELEASED_FOR_DISTRIBUTION");
        assertThat(release.path("signature").path("fullName").asText()).isEqualTo(MANAGER.fullName());
        assertThat(api.get(AUDITOR, "/api/serials/" + serialsOf(lot).get(0)).text("status")).isEqualTo("RELEASED");
    }

    @Test
    void aConditionalFinalInspectionAllowsOnlyAConditionalReleaseWhichMayBeRestrictedToCustomers() {
        String lot = finishedLot(4);
        inspectFinal(TECH, lot, "CONDITIONAL");
        Response plain = decide(MANAGER, lot, release());
        assertThat(plain.status()).isEqualTo(409);
        assertThat(plain.text("detail")).contains("was CONDITIONAL");
        Map<String, Object> unknownCustomer = conditionalRelease("NO-SUCH-CUSTOMER");
        assertThat(decide(MANAGER, lot, unknownCustomer).errorFields()).containsExactly("customerCodes");
        Response conditional = decide(MANAGER, lot, conditionalRelease(customer));
        assertThat(conditional.status()).as(conditional.body().toString()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("CONDITIONALLY_RELEASED");

        String serial = serialsOf(lot).get(0);
        Response otherRefused = ship(otherCustomer, List.of(Map.of("serial", serial)));
        assertThat(otherRefused.status()).isEqualTo(409);
        assertThat(problems(otherRefused)).singleElement().asString()
                .contains("conditionally released for " + customer + " only, not for " + otherCustomer);
        assertThat(ship(customer, List.of(Map.of("serial", serial))).status()).isEqualTo(201);
    }

    // ---- dispatch ----

    @Test
    void shippingSerialsLinksThemToTheShipmentAndTheLotIsShippedWhenEmpty() {
        String lot = releasedFinishedLot(2);
        List<String> serials = serialsOf(lot);
        Response shipped = ship(customer, List.of(Map.of("serial", serials.get(0)), Map.of("serial", serials.get(1))));
        assertThat(shipped.status()).as(shipped.body().toString()).isEqualTo(201);
        String shipment = shipped.text("shipmentNumber");
        assertThat(shipment).matches("SH-\\d{4}-\\d{6}");
        assertThat(shipped.text("shipTo")).startsWith("1 Dock Road");
        assertThat(api.get(AUDITOR, "/api/serials/" + serials.get(0)).text("status")).isEqualTo("SHIPPED");
        assertThat(api.get(AUDITOR, "/api/serials/" + serials.get(0)).text("shipmentNumber")).isEqualTo(shipment);
        assertThat(lotStatusOf(lot)).isEqualTo("SHIPPED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM genealogy_link WHERE parent_type = 'SERIAL' AND child_type"
                + " = 'SHIPMENT' AND child_id = ?", Long.class, shipment)).isEqualTo(2);

        Response again = ship(customer, List.of(Map.of("serial", serials.get(0))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(problems(again)).contains("Line 1: serial " + serials.get(0) + " was already shipped");
    }

    @Test
    void shipmentsAreListedNewestFirstOnePageAtATime() {
        List<String> serials = serialsOf(releasedFinishedLot(2));
        List<String> shipments = new ArrayList<>();
        for (String serial : serials) {
            Response shipped = ship(customer, List.of(Map.of("serial", serial)));
            assertThat(shipped.status()).as(shipped.body().toString()).isEqualTo(201);
            shipments.add(shipped.text("shipmentNumber"));
        }
        assertListedNewestFirstOnePageAtATime("/api/shipments", "shipmentNumber", shipments.get(0), shipments.get(1));
    }

    @Test
    void everyOffendingLineIsListedAndNothingIsShipped() {
        String released = releasedFinishedLot(3);
        String inReview = finishedLot(2);
        List<String> serials = serialsOf(released);
        long shipmentsBefore = count("shipment");
        long linksBefore = count("genealogy_link");

        Response refused = ship(customer, List.of(
                Map.of("serial", serials.get(0)),
                Map.of("serial", serials.get(0)),
                Map.of("serial", serialsOf(inReview).get(0)),
                Map.of("lotNumber", released, "quantity", 1)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(problems(refused)).hasSize(3).anySatisfy(p -> assertThat(p).startsWith("Line 2: serial "
                + serials.get(0) + " is on more than one line")).anySatisfy(p -> assertThat(p)
                .startsWith("Line 3: Lot " + inReview + " is IN_RELEASE_REVIEW")).anySatisfy(p -> assertThat(p)
                .startsWith("Line 4: lot " + released + " is serial-tracked"));
        assertThat(count("shipment")).isEqualTo(shipmentsBefore);
        assertThat(count("genealogy_link")).isEqualTo(linksBefore);
        assertThat(api.get(AUDITOR, "/api/serials/" + serials.get(0)).text("status")).isEqualTo("RELEASED");

        Response bad = api.post(TECH, "/api/shipments", Map.of("customerCode", "NOBODY", "orderNumber", "",
                "lines", List.of(Map.of("lotNumber", "FL-1999-000001", "quantity", 1), Map.of("serial", "NO-SUCH"))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("customerCode", "orderNumber", "lines[0].lotNumber",
                "lines[1].serial");
        assertThat(api.post(AUDITOR, "/api/shipments", shipment(customer, List.of(Map.of("serial", serials.get(1)))))
                .status()).isEqualTo(403);
        assertThat(count("shipment")).isEqualTo(shipmentsBefore);
    }

    @Test
    void aHoldRacingADispatchOfTheSameLotNeverLetsBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            String lot = releasedFinishedLot(2);
            List<String> serials = serialsOf(lot);
            List<Callable<Integer>> requests = List.of(
                    () -> api.post(MANAGER, "/api/lots/" + lot + "/hold", hold("Race round")).status(),
                    () -> ship(customer, List.of(Map.of("serial", serials.get(0)), Map.of("serial", serials.get(1))))
                            .status());
            List<Integer> statuses = runTogether(requests);
            assertThat(statuses.stream().filter(s -> s < 300).count()).as("round %d: %s", round, statuses).isEqualTo(1);
            String status = lotStatusOf(lot);
            if (statuses.get(0) < 300) {
                assertThat(status).isEqualTo("QUARANTINED");
                assertThat(api.get(AUDITOR, "/api/serials/" + serials.get(0)).text("status")).isEqualTo("QUARANTINED");
            } else {
                assertThat(status).isEqualTo("SHIPPED");
            }
        }
    }

    @Test
    void scrappedGoodsAreNeitherInThePlantNorShipped() {
        String lot = finishedLot(3);
        inspectFinal(TECH, lot, "FAIL");
        assertThat(decide(MANAGER, lot, reject()).status()).isEqualTo(200);
        JsonNode beforeScrap = api.get(AUDITOR, "/api/trace/forward/" + lot).body().path("totals");
        assertThat(beforeScrap.path("unitsInPlant").asInt()).isEqualTo(3);
        lotStatus.change(lot, LotStatus.SCRAPPED, "Destroyed after rejection", null);

        JsonNode totals = api.get(AUDITOR, "/api/trace/forward/" + lot).body().path("totals");
        assertThat(totals.path("units").asInt()).isEqualTo(3);
        assertThat(totals.path("unitsInPlant").asInt()).isZero();
        assertThat(totals.path("unitsScrapped").asInt()).isEqualTo(3);
        assertThat(totals.path("unitsShipped").asInt()).isZero();
    }

    // ---- labels and scanning over the API ----

    @Test
    void aLotPastItsExpiryDateIsNeitherLabelledNorShippedEvenBeforeTheExpiryJobRuns() {
        String lot = releasedFinishedLot(2);
        // the shelf life ended yesterday; the hourly job has not marked the lot EXPIRED yet
        jdbc.update("UPDATE material_lot SET manufactured_on = ?, expires_on = ? WHERE lot_number = ?",
                LocalDate.now().minusDays(731), LocalDate.now().minusDays(1), lot);
        var label = rest.withBasicAuth(TECH.name(), TECH.password())
                .getForEntity("/api/serials/" + serialsOf(lot).get(0) + "/label?format=datamatrix", String.class);
        assertThat(label.getStatusCode().value()).isEqualTo(409);
        assertThat(label.getBody()).contains("expired on " + LocalDate.now().minusDays(1)).contains("cannot be labelled");
        HttpHeaders asPrinter = Api.jsonHeaders();
        asPrinter.setAccept(List.of(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON));
        asPrinter.setBasicAuth(TECH.name(), TECH.password());
        Response run = api.send(HttpMethod.POST, "/api/lots/" + lot + "/serial-labels", "{}", asPrinter);
        assertThat(run.status()).isEqualTo(409);
        assertThat(run.text("detail")).contains("cannot be labelled");
        Response shipped = ship(newCustomer(), List.of(Map.of("serial", serialsOf(lot).get(0))));
        assertThat(shipped.status()).isEqualTo(409);
        assertThat(shipped.body().toString()).contains("expired on");
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
    }

    @Test
    void labelsArePrintedOnlyForReleasedLotsAndScanBackToTheLot() {
        String lot = finishedLot(2);
        assertThat(rest.withBasicAuth(TECH.name(), TECH.password())
                .getForEntity("/api/lots/" + lot + "/label?format=qr", String.class).getStatusCode().value()).isEqualTo(409);
        inspectFinal(TECH, lot, "PASS");
        assertThat(decide(MANAGER, lot, release()).status()).isEqualTo(200);
        String serial = serialsOf(lot).get(1);
        for (String format : List.of("datamatrix", "gs1-128", "qr")) {
            byte[] png = rest.withBasicAuth(TECH.name(), TECH.password())
                    .getForObject("/api/serials/" + serial + "/label?format=" + format, byte[].class);
            JsonNode scanned = scanImage(png);
            assertThat(scanned.path("serial").asText()).as(format).isEqualTo(serial);
            assertThat(scanned.path("lot").asText()).as(format).isEqualTo(lot);
            assertThat(scanned.path("match").path("type").asText()).as(format).isEqualTo("SERIAL");
            assertThat(scanned.path("match").path("status").asText()).as(format).isEqualTo("RELEASED");
        }
        Response byText = api.post(TECH, "/api/scan", Map.of("text", "(01)" + gtinOf(lot) + "(10)" + lot));
        assertThat(byText.body().path("match").path("type").asText()).isEqualTo("FINISHED_LOT");
        assertThat(byText.body().path("match").path("id").asText()).isEqualTo(lot);
        String gtin = gtinOf(lot);
        String wrongCheckDigit = gtin.substring(0, 13) + (gtin.charAt(13) - '0' + 1) % 10;
        Response badCheckDigit = api.post(TECH, "/api/scan", Map.of("text", "(01)" + wrongCheckDigit + "(10)X"));
        assertThat(badCheckDigit.status()).isEqualTo(422);
        assertThat(badCheckDigit.text("detail")).contains("AI (01) GTIN " + wrongCheckDigit + " has a wrong check digit");
        assertThat(api.post(TECH, "/api/scan", Map.of("text", "]d2010761234500065717271231")).body().has("match")).isFalse();
    }

    private JsonNode scanImage(byte[] png) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("image", new ByteArrayResource(png) {
            @Override
            public String getFilename() {
                return "label.png";
            }
        });
        var response = rest.withBasicAuth(TECH.name(), TECH.password()).postForEntity("/api/scan", parts, JsonNode.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }
}
