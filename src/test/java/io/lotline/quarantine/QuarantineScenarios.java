package io.lotline.quarantine;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static io.lotline.support.TestUsers.TECH2;
import static io.lotline.support.TestUsers.TECH_AND_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.supplier.SupplierCorrectiveActionRepository;
import io.lotline.support.Api.Response;
import io.lotline.support.ApiScenarios;
import io.lotline.support.TestUsers;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.GenealogyLink;
import io.lotline.traceability.GenealogyLinkRepository;
import io.lotline.traceability.IllegalLotTransitionException;
import io.lotline.traceability.LotStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Quarantine, disposition, concession expiry and holds over the API with the real BPMN; on H2 and on MariaDB. */
abstract class QuarantineScenarios extends ApiScenarios {
    static final String QUARANTINE = "quarantine";

    @Autowired SupplierCorrectiveActionRepository scars;
    @Autowired GenealogyLinkRepository genealogy;
    @Autowired ShelfLifeExpiry shelfLifeExpiry;
    @Autowired JdbcTemplate jdbc;

    // ---- every disposition ----

    @Test
    void aFailedLotIsScrappedBySignedDisposition() {
        String lot = failedLot();
        recordNonconformance(TECH, lot, "250");

        Response decided = decide(MANAGER, lot, disposition("SCRAP"));

        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("SCRAPPED");
        JsonNode nc = nonconformance(lot);
        assertThat(nc.path("disposition").asText()).isEqualTo("SCRAP");
        assertThat(nc.path("status").asText()).isEqualTo("CLOSED");
        JsonNode signature = nc.path("signatures").get(0);
        assertThat(signature.path("meaning").asText()).isEqualTo("APPROVED_DISPOSITION");
        assertThat(signature.path("fullName").asText()).isEqualTo(MANAGER.fullName());
        assertThat(quarantineEndedAt(lot)).isEqualTo("lotScrapped");
    }

    @Test
    void returningToTheSupplierRaisesAScar() {
        String lot = failedLot();
        recordNonconformance(TECH, lot, "250");
        Map<String, Object> form = disposition("RETURN_TO_SUPPLIER");
        form.put("returnReference", "RMA-55120");

        assertThat(decide(MANAGER, lot, form).status()).isEqualTo(200);

        assertThat(lotStatusOf(lot)).isEqualTo("RETURNED");
        assertThat(nonconformance(lot).path("returnReference").asText()).isEqualTo("RMA-55120");
        var raised = scars.findBySupplierCodeOrderByIdDesc(supplierCode);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).getScarNumber()).isEqualTo("SCAR-" + supplierCode + "-1");
        assertThat(raised.get(0).getLotNumber()).isEqualTo(lot);
        assertThat(raised.get(0).getDescription()).contains(nonconformance(lot).path("number").asText());
        assertThat(quarantineEndedAt(lot)).isEqualTo("lotReturned");
    }

    @Test
    void useAsIsReleasesUnderAConcessionThatExpiresBackIntoQuarantine() {
        String lot = failedLot();
        recordNonconformance(TECH, lot, "250");
        LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        Map<String, Object> form = disposition("USE_AS_IS");
        form.put("conditions", "Only for non-visible parts");
        form.put("validUntil", until.toString());

        assertThat(decide(MANAGER, lot, form).status()).isEqualTo(200);
        JsonNode released = api.get(AUDITOR, "/api/lots/" + lot).body();
        assertThat(released.path("status").asText()).isEqualTo("CONDITIONALLY_RELEASED");
        assertThat(released.path("concessionUntil").asText()).isEqualTo(until.toString());
        assertThat(released.path("concessionDaysLeft").asLong()).isEqualTo(30);

        Job expiry = concessionExpiryTimer(lot);
        assertThat(expiry.getDuedate()).isEqualTo(Date.from(until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        managementService.executeJob(expiry.getId());

        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        JsonNode expired = nonconformances(lot).get(1);
        assertThat(expired.path("origin").asText()).isEqualTo("CONCESSION_EXPIRED");
        assertThat(expired.path("quarantineReason").asText()).isEqualTo("concession expired");
        assertThat(taskFor(TECH, lot, "recordNonconformance", QUARANTINE)).isNotBlank();
    }

    @Test
    void anApprovedInspectionConcessionAlsoExpiresIntoQuarantine() {
        String lot = receive();
        inspectConditional(TECH, lot);
        api.post(MANAGER, "/api/tasks/" + taskFor(MANAGER, lot, "approveConditionalRelease") + "/complete",
                approval(true, MANAGER.password()));
        assertThat(lotStatusOf(lot)).isEqualTo("CONDITIONALLY_RELEASED");

        managementService.executeJob(concessionExpiryTimer(lot).getId());

        JsonNode details = api.get(AUDITOR, "/api/lots/" + lot).body();
        assertThat(details.path("status").asText()).isEqualTo("QUARANTINED");
        assertThat(details.path("concessions").get(0).path("expiredAt").asText()).isNotBlank();
        assertThat(details.path("nonconformances").get(0).path("origin").asText()).isEqualTo("CONCESSION_EXPIRED");
    }

    @Test
    void reworkedMaterialIsInspectedAgainBeforeRelease() {
        String lot = failedLot();
        recordNonconformance(TECH, lot, "250");
        assertThat(decide(MANAGER, lot, disposition("REWORK")).status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");

        String rework = taskFor(TECH, lot, "reworkLot", QUARANTINE);
        assertThat(api.post(TECH, "/api/tasks/" + rework + "/complete", Map.of("description", "Re-dried 4 h at 120 °C"))
                .status()).isEqualTo(200);

        assertThat(lotStatusOf(lot)).isEqualTo("IN_INSPECTION");
        String reinspection = taskFor(TECH2, lot, "performInspection");
        assertThat(api.post(TECH2, "/api/tasks/" + reinspection + "/complete", inspection("PASS", "18", "0.01", "PASS", null))
                .status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
        assertThat(quarantineEndedAt(lot)).isEqualTo("sentToReinspection");
    }

    // ---- partial quantities ----

    @Test
    void aPartialNonconformanceSplitsTheLotIntoTwoChildrenThatAddUp() {
        String lot = failedLot();

        Response recorded = recordNonconformance(TECH, lot, "100");

        assertThat(recorded.status()).isEqualTo(200);
        JsonNode parent = api.get(AUDITOR, "/api/lots/" + lot).body();
        assertThat(parent.path("status").asText()).isEqualTo("CONSUMED");
        assertThat(new BigDecimal(parent.path("quantity").asText())).isEqualByComparingTo("0");
        List<GenealogyLink> children = genealogy.findAll().stream().filter(l -> l.getParentId().equals(lot)).toList();
        assertThat(children).hasSize(2);
        assertThat(children.stream().map(GenealogyLink::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("250");
        String quarantinedChild = nonconformance(lot).path("lotNumber").asText();
        String conformingChild = children.stream().map(GenealogyLink::getChildId).filter(c -> !c.equals(quarantinedChild))
                .findFirst().orElseThrow();
        JsonNode quarantined = api.get(AUDITOR, "/api/lots/" + quarantinedChild).body();
        assertThat(quarantined.path("status").asText()).isEqualTo("QUARANTINED");
        assertThat(new BigDecimal(quarantined.path("quantity").asText())).isEqualByComparingTo("100");
        JsonNode conforming = api.get(AUDITOR, "/api/lots/" + conformingChild).body();
        assertThat(new BigDecimal(conforming.path("quantity").asText())).isEqualByComparingTo("150");
        assertThat(conforming.path("status").asText()).as("failed material is inspected again").isEqualTo("IN_INSPECTION");
        assertThat(taskFor(TECH, conformingChild, "performInspection")).isNotBlank();

        assertThat(decide(MANAGER, quarantinedChild, disposition("SCRAP")).status()).isEqualTo(200);
        assertThat(lotStatusOf(quarantinedChild)).isEqualTo("SCRAPPED");
    }

    @Test
    void theConformingPartOfAHeldReleasedLotStaysReleased() {
        String lot = releasedLot();
        assertThat(api.post(MANAGER, "/api/lots/" + lot + "/hold", hold("Customer complaint on similar lot", MANAGER.password()))
                .status()).isEqualTo(200);

        recordNonconformance(TECH, lot, "50");

        String quarantinedChild = nonconformance(lot).path("lotNumber").asText();
        String conformingChild = genealogy.findAll().stream().filter(l -> l.getParentId().equals(lot))
                .map(GenealogyLink::getChildId).filter(c -> !c.equals(quarantinedChild)).findFirst().orElseThrow();
        assertThat(lotStatusOf(conformingChild)).isEqualTo("RELEASED");
        assertThat(lotStatusOf(quarantinedChild)).isEqualTo("QUARANTINED");
    }

    // ---- four-eyes, bad input, invariants ----

    @Test
    void whoeverRecordedTheNonconformanceCannotSignItsDisposition() {
        String lot = failedLot();
        recordNonconformance(TECH_AND_MANAGER, lot, "250");
        long auditBefore = auditEntries.count();

        Response refused = decide(TECH_AND_MANAGER, lot, disposition("SCRAP", TECH_AND_MANAGER.password()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).contains("four-eyes");
        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        assertThat(auditEntries.count()).isEqualTo(auditBefore);
    }

    @Test
    void badDispositionsAreRefusedAndWriteNothing() {
        String lot = failedLot();
        String record = taskFor(TECH, lot, "recordNonconformance", QUARANTINE);
        long auditBefore = auditEntries.count();

        Response tooMuch = api.post(TECH, "/api/tasks/" + record + "/complete", nonconformanceForm("300"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.errorFields()).containsExactly("quantityAffected");
        assertThat(tooMuch.text("detail")).contains("holds only 250 kg");
        assertThat(auditEntries.count()).isEqualTo(auditBefore);

        recordNonconformance(TECH, lot, "250");
        long afterRecord = auditEntries.count();
        Map<String, Object> noTerms = disposition("USE_AS_IS");
        noTerms.remove("justification");
        Response incomplete = decide(MANAGER, lot, noTerms);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.errorFields()).containsExactlyInAnyOrder("justification", "conditions", "validUntil");

        lotStatus.change(nonconformance(lot).path("lotNumber").asText(), LotStatus.SCRAPPED, "Destroyed in a fire", null);
        long afterScrap = auditEntries.count();
        Response notQuarantined = decide(MANAGER, lot, disposition("USE_AS_IS"));
        assertThat(notQuarantined.status()).isEqualTo(409);
        assertThat(notQuarantined.text("detail")).contains("not QUARANTINED");
        assertThat(auditEntries.count()).isEqualTo(afterScrap).isGreaterThan(afterRecord);
    }

    @Test
    void quarantinedOrExpiredLotsBecomeUsableOnlyThroughTheirQuarantineProcess() {
        String failed = failedLot();
        String inspectionProcess = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(failed).singleResult().getId();
        for (LotStatus usable : List.of(LotStatus.RELEASED, LotStatus.CONDITIONALLY_RELEASED, LotStatus.IN_RELEASE_REVIEW)) {
            assertThatThrownBy(() -> lotStatus.change(failed, usable, "shortcut", null)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("only its quarantine process");
            assertThatThrownBy(() -> lotStatus.change(failed, usable, "shortcut", inspectionProcess))
                    .isInstanceOf(ConflictException.class);
        }
        String expired = releasedLot();
        lotStatus.change(expired, LotStatus.EXPIRED, "Shelf life ended", null);
        for (LotStatus usable : List.of(LotStatus.RELEASED, LotStatus.CONDITIONALLY_RELEASED)) {
            assertThatThrownBy(() -> lotStatus.change(expired, usable, "shortcut", null))
                    .isInstanceOf(IllegalLotTransitionException.class);
        }
        assertThat(lotStatusOf(failed)).isEqualTo("QUARANTINED");
        assertThat(lotStatusOf(expired)).isEqualTo("EXPIRED");
    }

    // ---- manual hold ----

    @Test
    void aManagerHoldsAndReleasesALotWithSignatures() {
        String lot = releasedLot();
        assertThat(api.post(MANAGER, "/api/lots/" + lot + "/hold", hold("Suspect labels", "wrong")).status()).isEqualTo(403);
        assertThat(api.post(AUDITOR, "/api/lots/" + lot + "/hold", hold("Suspect labels", AUDITOR.password())).status()).isEqualTo(403);
        assertThat(api.post(TECH, "/api/lots/" + lot + "/hold", hold("Suspect labels", TECH.password())).status()).isEqualTo(403);
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");

        Response held = api.post(MANAGER, "/api/lots/" + lot + "/hold", hold("Suspect labels", MANAGER.password()));

        assertThat(held.status()).isEqualTo(200);
        assertThat(held.text("status")).isEqualTo("QUARANTINED");
        JsonNode nc = nonconformance(lot);
        assertThat(nc.path("origin").asText()).isEqualTo("MANUAL_HOLD");
        assertThat(nc.path("signatures").get(0).path("meaning").asText()).isEqualTo("PLACED_ON_HOLD");
        JsonNode quarantined = api.get(AUDITOR, "/api/quarantine").body();
        assertThat(quarantined.findValuesAsText("lotNumber")).contains(lot);

        Map<String, Object> release = hold("Labels verified correct", MANAGER.password());
        release.put("signature", Map.of("password", MANAGER.password(), "meaning", "RELEASED_FROM_HOLD"));
        Response released = api.post(MANAGER, "/api/lots/" + lot + "/release-hold", release);

        assertThat(released.status()).as(released.body().toString()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
        assertThat(nonconformance(lot).path("status").asText()).isEqualTo("RELEASED_FROM_HOLD");
        assertThat(nonconformance(lot).path("signatures").findValuesAsText("meaning"))
                .containsExactly("PLACED_ON_HOLD", "RELEASED_FROM_HOLD");
        assertThat(quarantineEndedAt(lot)).isEqualTo("releasedFromHold");
    }

    @Test
    void aLotQuarantinedByAFailedInspectionCannotBeReleasedFromHold() {
        String lot = failedLot();
        Map<String, Object> release = hold("It is fine", MANAGER.password());
        release.put("signature", Map.of("password", MANAGER.password(), "meaning", "RELEASED_FROM_HOLD"));

        Response refused = api.post(MANAGER, "/api/lots/" + lot + "/release-hold", release);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("FAILED_INSPECTION");
        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
    }

    // ---- shelf life ----

    @Test
    void lotsNearTheirExpiryAreListedAndExpireExactlyOnceEvenOnTwoNodes() throws Exception {
        Map<String, Object> receipt = receipt();
        receipt.put("expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
        String lot = api.post(TECH, "/api/receipts", receipt).text("lotNumber");
        api.post(TECH, "/api/tasks/" + taskFor(TECH, lot, "performInspection") + "/complete",
                inspection("PASS", "18", "0.01", "PASS", null));
        JsonNode expiring = api.get(AUDITOR, "/api/lots/expiring?days=10").body();
        assertThat(expiring.findValuesAsText("lotNumber")).contains(lot);
        assertThat(api.get(AUDITOR, "/api/lots/expiring?days=4").body().findValuesAsText("lotNumber")).doesNotContain(lot);
        assertThat(api.get(AUDITOR, "/api/lots/expiring?days=-1").status()).isEqualTo(422);

        jdbc.update("UPDATE material_lot SET expires_on = ? WHERE lot_number = ?", LocalDate.now(ZoneOffset.UTC).minusDays(1), lot);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = nodes.invokeAll(List.of(shelfLifeExpiry::expireLots, shelfLifeExpiry::expireLots));
            long expiredBoth = runs.stream().mapToLong(run -> {
                try {
                    return run.get().stream().filter(lot::equals).count();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).sum();
            assertThat(expiredBoth).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        assertThat(shelfLifeExpiry.expireLots()).doesNotContain(lot);
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/audit").body().findValuesAsText("reason"))
                .filteredOn(reason -> reason.startsWith("Shelf life ended")).hasSize(1);
        assertThat(nonconformances(lot)).hasSize(1);
    }

    @Test
    void theShelfLifeJobPutsEachExpiredLotIntoADispositionOfItsOwn() {
        String lot = expiredLot();

        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        JsonNode nc = nonconformance(lot);
        assertThat(nc.path("origin").asText()).isEqualTo("SHELF_LIFE_EXPIRED");
        assertThat(nc.path("statusBefore").asText()).isEqualTo("EXPIRED");
        assertThat(nc.path("status").asText()).isEqualTo("RECORDED");
        assertThat(nc.path("defectCategory").asText()).isEqualTo("SHELF_LIFE");
        assertThat(nc.path("quantityAffected").decimalValue()).isEqualByComparingTo("250");
        assertThat(nc.path("expiredOn").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        JsonNode row = null;
        for (JsonNode candidate : api.get(AUDITOR, "/api/quarantine").body()) {
            if (candidate.path("lotNumber").asText().equals(lot)) {
                row = candidate;
            }
        }
        assertThat(row).as("listed on Quarantine").isNotNull();
        assertThat(row.path("origin").asText()).isEqualTo("SHELF_LIFE_EXPIRED");
        assertThat(row.path("waitingFor").asText()).isEqualTo("Decide disposition");
        assertThat(api.get(TECH, "/api/tasks?lotNumber=" + lot).body().findValuesAsText("lotNumber")).as("nothing to record").doesNotContain(lot);
    }

    @Test
    void anExpiredLotCannotBeMadeUsableAgainByAUseAsIsDispositionOrRework() {
        String lot = expiredLot();
        long auditBefore = auditEntries.count();
        Map<String, Object> useAsIs = disposition("USE_AS_IS");
        useAsIs.put("conditions", "Use up first");
        useAsIs.put("validUntil", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());

        for (Map<String, Object> form : List.of(useAsIs, disposition("REWORK"))) {
            Response refused = decide(MANAGER, lot, form);
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
            assertThat(refused.text("detail")).contains("expired on").contains("EXTEND_SHELF_LIFE");
        }
        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        assertThat(auditEntries.count()).as("nothing written, the signature neither").isEqualTo(auditBefore);
        assertThat(decide(MANAGER, lot, disposition("SCRAP")).status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("SCRAPPED");
    }

    @Test
    void anExpiredLotsShelfLifeIsExtendedAfterAPassedRetestAndASignedDateWithinTheMaterialsMaximum() {
        String lot = expiredLot();
        LocalDate expiredOn = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        assertThat(decide(MANAGER, lot, disposition("EXTEND_SHELF_LIFE")).status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        Response retested = api.post(TECH_AND_MANAGER, "/api/tasks/" + taskFor(TECH_AND_MANAGER, lot, "retestLot", QUARANTINE)
                + "/complete", inspection("PASS", "18.5", "0.012", "PASS", null));
        assertThat(retested.status()).as(retested.body().toString()).isEqualTo(200);
        JsonNode inspections = api.get(AUDITOR, "/api/lots/" + lot).body().path("inspections");
        assertThat(inspections.get(inspections.size() - 1).path("kind").asText()).isEqualTo("RETEST");
        assertThat(inspections.get(inspections.size() - 1).path("reinspection").asBoolean()).isTrue();
        String approveTask = taskFor(MANAGER, lot, "approveShelfLifeExtension", QUARANTINE);
        long auditBefore = auditEntries.count();

        Response tooFar = api.post(MANAGER, "/api/tasks/" + approveTask + "/complete",
                extension(expiredOn.plusDays(181), MANAGER.password()));
        assertThat(tooFar.status()).isEqualTo(422);
        assertThat(tooFar.errorFields()).containsExactly("expiresOn");
        assertThat(tooFar.body().path("errors").get(0).path("message").asText())
                .contains("at most " + expiredOn.plusDays(180)).contains("180 days");
        Response notAfterToday = api.post(MANAGER, "/api/tasks/" + approveTask + "/complete",
                extension(LocalDate.now(ZoneOffset.UTC), MANAGER.password()));
        assertThat(notAfterToday.status()).isEqualTo(422);
        Response ownRetest = api.post(TECH_AND_MANAGER, "/api/tasks/" + approveTask + "/complete",
                extension(expiredOn.plusDays(90), TECH_AND_MANAGER.password()));
        assertThat(ownRetest.status()).isEqualTo(403);
        assertThat(ownRetest.text("detail")).contains("four-eyes");
        assertThat(auditEntries.count()).as("refusals write nothing").isEqualTo(auditBefore);

        Response approved = api.post(MANAGER, "/api/tasks/" + approveTask + "/complete",
                extension(expiredOn.plusDays(90), MANAGER.password()));

        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        JsonNode details = api.get(AUDITOR, "/api/lots/" + lot).body();
        assertThat(details.path("status").asText()).isEqualTo("RELEASED");
        assertThat(details.path("expiresOn").asText()).isEqualTo(expiredOn.plusDays(90).toString());
        JsonNode nc = nonconformance(lot);
        assertThat(nc.path("status").asText()).isEqualTo("CLOSED");
        assertThat(nc.path("extendedUntil").asText()).isEqualTo(expiredOn.plusDays(90).toString());
        assertThat(nc.path("extensionApprovedBy").asText()).isEqualTo(MANAGER.name());
        assertThat(nc.path("signatures").findValuesAsText("meaning"))
                .containsExactly("APPROVED_DISPOSITION", "APPROVED_SHELF_LIFE_EXTENSION");
        assertThat(quarantineEndedAt(lot)).isEqualTo("shelfLifeExtended");
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/audit").body().findValuesAsText("reason"))
                .anyMatch(reason -> reason.startsWith("Shelf life extended from " + expiredOn));
    }

    @Test
    void aFailedRetestLeavesOnlyScrapOrReturn() {
        String lot = expiredLot();
        assertThat(decide(MANAGER, lot, disposition("EXTEND_SHELF_LIFE")).status()).isEqualTo(200);
        String retest = "/api/tasks/" + taskFor(TECH, lot, "retestLot", QUARANTINE) + "/complete";
        Response conditional = api.post(TECH, retest, inspection("CONDITIONAL", "21.5", "0.01", "PASS", "Slightly high"));
        assertThat(conditional.status()).isEqualTo(422);
        assertThat(conditional.errorFields()).containsExactly("decision");
        assertThat(api.post(TECH, retest, inspection("FAIL", "23", "0.04", "PASS", "Melt flow degraded")).status())
                .isEqualTo(200);

        assertThat(nonconformance(lot).path("status").asText()).isEqualTo("RECORDED");
        Response again = decide(MANAGER, lot, disposition("EXTEND_SHELF_LIFE"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.errorFields()).containsExactly("disposition");
        assertThat(again.body().path("errors").get(0).path("message").asText())
                .contains("re-test").contains("FAIL").contains("RETURN_TO_SUPPLIER, SCRAP");
        Map<String, Object> returned = disposition("RETURN_TO_SUPPLIER");
        returned.put("returnReference", "RMA-9911");
        assertThat(decide(MANAGER, lot, returned).status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("RETURNED");
    }

    @Test
    void aShelfLifeIsExtendedOnlyForExpiredLotsOfAMaterialThatAllowsIt() {
        String failed = failedLot();
        recordNonconformance(TECH, failed, "250");
        Response notExpired = decide(MANAGER, failed, disposition("EXTEND_SHELF_LIFE"));
        assertThat(notExpired.status()).isEqualTo(422);
        assertThat(notExpired.body().path("errors").get(0).path("message").asText()).contains("not past its expiry date");

        String strict = "STRICT-" + partNumber;
        assertThat(api.post(TestUsers.ADMIN, "/api/materials", Map.of("partNumber", strict, "description", "No extension",
                "trackingMode", "LOT", "unit", "kg", "shelfLifeDays", 365, "inspectionPlan",
                List.of(Map.of("characteristic", "Appearance", "attribute", true)))).status()).isEqualTo(201);
        Map<String, Object> receipt = receipt();
        receipt.put("partNumber", strict);
        String lot = api.post(TECH, "/api/receipts", receipt).text("lotNumber");
        assertThat(api.post(TECH, "/api/tasks/" + taskFor(TECH, lot, "performInspection") + "/complete",
                Map.of("results", List.of(Map.of("characteristic", "Appearance", "value", "PASS")), "decision", "PASS"))
                .status()).isEqualTo(200);
        expire(lot);
        Response notAllowed = decide(MANAGER, lot, disposition("EXTEND_SHELF_LIFE"));
        assertThat(notAllowed.status()).isEqualTo(422);
        assertThat(notAllowed.body().path("errors").get(0).path("message").asText())
                .contains("allows no shelf-life extension");
    }

    @Test
    void aMaterialsMaximumExtensionIsValidated() {
        for (Map<String, Object> wrong : List.of(
                Map.<String, Object>of("shelfLifeDays", 365, "maxShelfLifeExtensionDays", 0),
                Map.<String, Object>of("maxShelfLifeExtensionDays", 30))) {
            Map<String, Object> material = new LinkedHashMap<>(Map.of("partNumber", "EXT" + wrong.size() + "-" + partNumber,
                    "description", "Extension check", "trackingMode", "LOT", "unit", "kg",
                    "inspectionPlan", List.of(Map.of("characteristic", "Appearance", "attribute", true))));
            material.putAll(wrong);
            Response refused = api.post(TestUsers.ADMIN, "/api/materials", material);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("maxShelfLifeExtensionDays");
        }
    }

    // ---- helpers ----

    String failedLot() {
        String lot = receive();
        assertThat(api.post(TECH, "/api/tasks/" + taskFor(TECH, lot, "performInspection") + "/complete",
                inspection("FAIL", "25", "0.01", "FAIL", "Black specks")).status()).isEqualTo(200);
        return lot;
    }

    String releasedLot() {
        String lot = receive();
        assertThat(api.post(TECH, "/api/tasks/" + taskFor(TECH, lot, "performInspection") + "/complete",
                inspection("PASS", "18", "0.01", "PASS", null)).status()).isEqualTo(200);
        return lot;
    }

    /** A released lot whose expiry date was yesterday, after the shelf-life job has run. */
    String expiredLot() {
        String lot = releasedLot();
        expire(lot);
        return lot;
    }

    void expire(String lot) {
        jdbc.update("UPDATE material_lot SET expires_on = ? WHERE lot_number = ?", LocalDate.now(ZoneOffset.UTC).minusDays(1), lot);
        assertThat(shelfLifeExpiry.expireLots()).contains(lot);
    }

    static Map<String, Object> extension(LocalDate expiresOn, String password) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("expiresOn", expiresOn.toString());
        form.put("justification", "Re-test within specification; supplier's retest statement on file");
        form.put("signature", Map.of("password", password, "meaning", "APPROVED_SHELF_LIFE_EXTENSION"));
        return form;
    }

    Response recordNonconformance(TestUsers.User user, String lot, String quantity) {
        Response recorded = api.post(user, "/api/tasks/" + taskFor(user, lot, "recordNonconformance", QUARANTINE) + "/complete",
                nonconformanceForm(quantity));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        return recorded;
    }

    static Map<String, Object> nonconformanceForm(String quantity) {
        return Map.of("description", "Black specks in 40% of sampled pellets", "defectCategory", "CONTAMINATION",
                "quantityAffected", new BigDecimal(quantity)); // a JSON number, as the form documents
    }

    Response decide(TestUsers.User manager, String lot, Map<String, Object> form) {
        return api.post(manager, "/api/tasks/" + taskFor(manager, lot, "decideDisposition", QUARANTINE) + "/complete", form);
    }

    static Map<String, Object> disposition(String disposition) {
        return disposition(disposition, MANAGER.password());
    }

    static Map<String, Object> disposition(String disposition, String password) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("disposition", disposition);
        form.put("justification", "Material review board decision of this week");
        form.put("signature", Map.of("password", password, "meaning", "APPROVED_DISPOSITION"));
        return form;
    }

    static Map<String, Object> hold(String reason, String password) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("reason", reason);
        form.put("signature", Map.of("password", password, "meaning", "PLACED_ON_HOLD"));
        return form;
    }

    JsonNode nonconformances(String lot) {
        return api.get(AUDITOR, "/api/lots/" + lot).body().path("nonconformances");
    }

    JsonNode nonconformance(String lot) {
        return nonconformances(lot).get(0);
    }

    Job concessionExpiryTimer(String lot) {
        var expiry = runtimeService.createProcessInstanceQuery().processDefinitionKey("concession-expiry")
                .processInstanceBusinessKey(lot).singleResult();
        return managementService.createJobQuery().processInstanceId(expiry.getId()).timers().singleResult();
    }

    String quarantineEndedAt(String lot) {
        String process = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(QUARANTINE)
                .processInstanceBusinessKey(lot).finished().list().get(0).getId();
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(process)
                .activityType("noneEndEvent").singleResult().getActivityId();
    }
}
