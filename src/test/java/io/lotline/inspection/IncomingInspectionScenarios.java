package io.lotline.inspection;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.LOCKED_MANAGER;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static io.lotline.support.TestUsers.TECH2;
import static io.lotline.support.TestUsers.TECH_AND_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.approval.Concession;
import io.lotline.signature.Signatures;
import io.lotline.support.ApiScenarios;
import io.lotline.support.Api.Response;
import io.lotline.traceability.LotStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * The foundation slice over the real HTTP API and the real BPMN: receipt, incoming inspection, conditional release
 * with signature, and every refusal. Subclasses run it on H2 and on MariaDB.
 */
abstract class IncomingInspectionScenarios extends ApiScenarios {
    // ---- the three decision paths ----

    @Test
    void passReleasesTheLotAndAuditsEveryStepInOneChain() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");

        Response completed = api.post(TECH, "/api/tasks/" + task + "/complete", inspection("PASS", "18.2", "0.01", "PASS", null));

        assertThat(completed.status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
        assertThat(processEndedAt(lot)).isEqualTo("lotReleased");
        JsonNode audit = api.get(AUDITOR, "/api/lots/" + lot + "/audit").body();
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.path("action").asText() + " " + e.path("entityType").asText()));
        assertThat(actions).containsExactly("CREATE MATERIAL_LOT", "CREATE INSPECTION", "UPDATE INSPECTION",
                "STATUS_CHANGE MATERIAL_LOT");
        assertThat(audit.get(0).path("changes").path("quantity").path("new").asText())
                .as("quantities read as entered, not at the storage scale").isEqualTo("250 kg");
        JsonNode statusChange = audit.get(3);
        assertThat(statusChange.path("changes").path("status").path("old").asText()).isEqualTo("IN_INSPECTION");
        assertThat(statusChange.path("changes").path("status").path("new").asText()).isEqualTo("RELEASED");
        assertThat(statusChange.path("userId").asText()).isEqualTo(TECH.name());
        assertThat(statusChange.path("processInstanceId").asText()).isNotBlank();
        audit.forEach(e -> assertChainLinkIntact(e.path("sequence").asLong()));
    }

    @Test
    void aSupplierLotReceivedTwiceIsRefusedUnlessConfirmedAsAFurtherDelivery() {
        Map<String, Object> first = receipt();
        String lot = api.post(TECH, "/api/receipts", first).text("lotNumber");
        long auditBefore = auditEntries.count();

        Response again = api.post(TECH, "/api/receipts", first);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.errorFields()).containsExactly("supplierLotNumber");
        assertThat(again.body().path("errors").get(0).path("message").asText()).contains("already received as " + lot);
        assertThat(auditEntries.count()).isEqualTo(auditBefore);

        Map<String, Object> confirmed = new LinkedHashMap<>(first);
        confirmed.put("confirmDuplicateSupplierLot", true);
        Response further = api.post(TECH, "/api/receipts", confirmed);
        assertThat(further.status()).as(further.body().toString()).isEqualTo(201);
        JsonNode created = api.get(AUDITOR, "/api/lots/" + further.text("lotNumber") + "/audit").body().get(0);
        assertThat(created.path("changes").path("furtherDeliveryOf").path("new").asText()).isEqualTo(lot);
    }

    @Test
    void failQuarantinesTheLot() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");

        Response completed = api.post(TECH, "/api/tasks/" + task + "/complete",
                inspection("FAIL", "25", "0.01", "FAIL", "Black specks in pellets"));

        assertThat(completed.status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        assertThat(processEndedAt(lot)).isEqualTo("lotQuarantined");
        JsonNode nonconformance = api.get(AUDITOR, "/api/lots/" + lot).body().path("nonconformances").get(0);
        assertThat(nonconformance.path("origin").asText()).isEqualTo("FAILED_INSPECTION");
        assertThat(nonconformance.path("quarantineReason").asText()).contains("Black specks");
        assertThat(taskFor(TECH, lot, "recordNonconformance", "quarantine")).isNotBlank();
    }

    @Test
    void conditionalApprovedWithSignatureIsConditionallyReleased() {
        String lot = receive();
        inspectConditional(TECH, lot);
        String approval = taskFor(MANAGER, lot, "approveConditionalRelease");

        Response approved = api.post(MANAGER, "/api/tasks/" + approval + "/complete", approval(true, MANAGER.password()));

        assertThat(approved.status()).isEqualTo(200);
        JsonNode details = api.get(AUDITOR, "/api/lots/" + lot).body();
        assertThat(details.path("status").asText()).isEqualTo("CONDITIONALLY_RELEASED");
        JsonNode concession = details.path("concessions").get(0);
        assertThat(concession.path("approved").asBoolean()).isTrue();
        assertThat(concession.path("conditions").asText()).isEqualTo("Only for housings, not for fluid paths");
        JsonNode signature = concession.path("signature");
        assertThat(signature.path("userId").asText()).isEqualTo(MANAGER.name());
        assertThat(signature.path("fullName").asText()).isEqualTo(MANAGER.fullName());
        assertThat(signature.path("meaning").asText()).isEqualTo("APPROVED_CONDITIONAL_RELEASE");
        assertThat(signature.path("signedAt").asText()).isNotBlank();
        transactions.executeWithoutResult(tx -> {
            Concession stored = concessions.findByLotNumber(lot).get(0);
            assertThat(Signatures.matches(stored.getSignature(), stored.signedContent())).isTrue();
            assertThat(Signatures.matches(stored.getSignature(), stored.signedContent().replace("housings", "anything")))
                    .as("the signature is bound to the decision's content").isFalse();
        });
        assertThat(processEndedAt(lot)).isEqualTo("lotConditionallyReleased");
    }

    @Test
    void conditionalRejectedQuarantinesTheLot() {
        String lot = receive();
        inspectConditional(TECH, lot);
        String approval = taskFor(MANAGER, lot, "approveConditionalRelease");

        Response rejected = api.post(MANAGER, "/api/tasks/" + approval + "/complete", approval(false, MANAGER.password()));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("QUARANTINED");
        assertThat(api.get(AUDITOR, "/api/lots/" + lot).body().path("concessions").get(0)
                .path("signature").path("meaning").asText()).isEqualTo("REJECTED_CONDITIONAL_RELEASE");
        assertThat(processEndedAt(lot)).isEqualTo("concessionRejected");
        assertThat(api.get(AUDITOR, "/api/lots/" + lot).body().path("nonconformances").get(0).path("origin").asText())
                .isEqualTo("REJECTED_CONCESSION");
    }

    // ---- four-eyes and signatures ----

    @Test
    void theInspectorCanNeverApproveTheirOwnConcession() {
        String lot = receive();
        inspectConditional(TECH_AND_MANAGER, lot);
        String approval = taskFor(TECH_AND_MANAGER, lot, "approveConditionalRelease");
        long auditBefore = auditEntries.count();

        Response refused = api.post(TECH_AND_MANAGER, "/api/tasks/" + approval + "/complete",
                approval(true, TECH_AND_MANAGER.password()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).contains("four-eyes").contains(lot);
        assertThat(lotStatusOf(lot)).isEqualTo("IN_INSPECTION");
        assertThat(auditEntries.count()).isEqualTo(auditBefore);
        assertThat(api.post(MANAGER, "/api/tasks/" + approval + "/complete", approval(true, MANAGER.password())).status())
                .as("another manager may still decide").isEqualTo(200);
        assertThat(lotStatusOf(lot)).isEqualTo("CONDITIONALLY_RELEASED");
    }

    @Test
    void aWrongPasswordApprovesNothingIsAuditedAndThreeInARowLockSigning() {
        String lot = receive();
        inspectConditional(TECH, lot);
        String approval = taskFor(LOCKED_MANAGER, lot, "approveConditionalRelease");
        long failuresBefore = signingFailuresOf(LOCKED_MANAGER.name());

        Response wrong = api.post(LOCKED_MANAGER, "/api/tasks/" + approval + "/complete", approval(true, "not-my-password"));

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.text("detail")).contains("Wrong password");
        assertThat(lotStatusOf(lot)).isEqualTo("IN_INSPECTION");
        assertThat(concessions.findByLotNumber(lot)).isEmpty();
        assertThat(signingFailuresOf(LOCKED_MANAGER.name())).isEqualTo(failuresBefore + 1);

        api.post(LOCKED_MANAGER, "/api/tasks/" + approval + "/complete", approval(true, "wrong-again"));
        Response third = api.post(LOCKED_MANAGER, "/api/tasks/" + approval + "/complete", approval(true, "wrong-thrice"));
        assertThat(third.text("detail")).contains("locked");
        Response evenCorrect = api.post(LOCKED_MANAGER, "/api/tasks/" + approval + "/complete",
                approval(true, LOCKED_MANAGER.password()));
        assertThat(evenCorrect.status()).isEqualTo(403);
        assertThat(evenCorrect.text("detail")).contains("Signing is locked");
        assertThat(lotStatusOf(lot)).isEqualTo("IN_INSPECTION");
        assertThat(signingFailuresOf(LOCKED_MANAGER.name())).isEqualTo(failuresBefore + 3);
    }

    @Test
    void aSignatureMustCarryTheMeaningOfTheDecision() {
        String lot = receive();
        inspectConditional(TECH, lot);
        String approval = taskFor(MANAGER, lot, "approveConditionalRelease");
        Map<String, Object> form = approval(true, MANAGER.password());
        form.put("signature", Map.of("password", MANAGER.password(), "meaning", "REJECTED_CONDITIONAL_RELEASE"));

        Response refused = api.post(MANAGER, "/api/tasks/" + approval + "/complete", form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).contains("signature.meaning");
        assertThat(lotStatusOf(lot)).isEqualTo("IN_INSPECTION");
    }

    @Test
    void approvingAConcessionNeedsReasonConditionsAndAFutureEndDate() {
        String lot = receive();
        inspectConditional(TECH, lot);
        String approval = taskFor(MANAGER, lot, "approveConditionalRelease");
        Map<String, Object> form = approval(true, MANAGER.password());
        form.put("reason", " ");
        form.remove("conditions");
        form.put("validUntil", LocalDate.now().minusDays(1).toString());

        Response refused = api.post(MANAGER, "/api/tasks/" + approval + "/complete", form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("reason", "conditions", "validUntil");
        assertThat(lotStatusOf(lot)).isEqualTo("IN_INSPECTION");
    }

    // ---- retries, races and illegal moves ----

    @Test
    void aRetriedReceiptWithTheSameIdempotencyKeyCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        long lotsBefore = lots.count();
        long processesBefore = processInstanceCount();

        Map<String, Object> receipt = receipt();
        Response first = api.postWithKey(TECH, "/api/receipts", receipt, key);
        Response retry = api.postWithKey(TECH, "/api/receipts", receipt, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(lots.count()).isEqualTo(lotsBefore + 1);
        assertThat(processInstanceCount()).isEqualTo(processesBefore + 1);

        Map<String, Object> different = new LinkedHashMap<>(receipt);
        different.put("quantity", 999);
        Response reused = api.postWithKey(TECH, "/api/receipts", different, key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.errorFields()).containsExactly("Idempotency-Key");
        assertThat(lots.count()).isEqualTo(lotsBefore + 1);
    }

    @Test
    void bulkReceiptsAnswerOneResultPerItemAndARetryOfTheWholeRequestCreatesNothingTwice() {
        String usedKey = UUID.randomUUID().toString();
        Response single = api.postWithKey(TECH, "/api/receipts", receipt(), usedKey);
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("idempotencyKey", UUID.randomUUID().toString(), "receipt", receipt()));
        items.add(Map.of("idempotencyKey", UUID.randomUUID().toString(), "receipt", with("quantity", 0)));
        items.add(Map.of("receipt", receipt()));
        items.add(Map.of("idempotencyKey", usedKey, "receipt", receipt()));
        items.add(Map.of("idempotencyKey", UUID.randomUUID().toString(), "receipt", receipt()));
        long lotsBefore = lots.count();
        long processesBefore = processInstanceCount();

        Response bulk = api.post(TECH, "/api/receipts/bulk", Map.of("receipts", items));

        assertThat(bulk.status()).as(bulk.body().toString()).isEqualTo(200);
        List<String> outcomes = new ArrayList<>();
        bulk.body().forEach(result -> outcomes.add(result.path("index").asText() + ":"
                + result.path("status").asText()));
        assertThat(outcomes).containsExactly("0:201", "1:422", "2:422", "3:422", "4:201");
        assertThat(bulk.body().get(0).path("result").path("lotNumber").asText()).matches("ML-\\d{4}-\\d{6}");
        assertThat(bulk.body().get(1).path("problem").path("errors").findValuesAsText("field"))
                .containsExactly("quantity");
        assertThat(bulk.body().get(2).path("problem").path("errors").findValuesAsText("field"))
                .containsExactly("receipts[2].idempotencyKey");
        assertThat(bulk.body().get(3).path("problem").path("errors").findValuesAsText("field"))
                .as("the key was used for another receipt").containsExactly("Idempotency-Key");
        assertThat(lots.count()).isEqualTo(lotsBefore + 2);
        assertThat(processInstanceCount()).isEqualTo(processesBefore + 2);

        Response again = api.post(TECH, "/api/receipts/bulk", Map.of("receipts", items));
        assertThat(again.body()).as("the same answers, nothing created twice").isEqualTo(bulk.body());
        assertThat(lots.count()).isEqualTo(lotsBefore + 2);
        Response alone = api.postWithKey(TECH, "/api/receipts", items.get(4).get("receipt"),
                (String) items.get(4).get("idempotencyKey"));
        assertThat(alone.body()).as("an item sent on its own with its key")
                .isEqualTo(bulk.body().get(4).path("result"));
        assertThat(single.status()).isEqualTo(201);

        assertThat(api.post(TECH, "/api/receipts/bulk", Map.of("receipts", List.of())).errorFields())
                .containsExactly("receipts");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            tooMany.add(Map.of("idempotencyKey", "k" + i, "receipt", receipt()));
        }
        assertThat(api.post(TECH, "/api/receipts/bulk", Map.of("receipts", tooMany)).errorFields())
                .containsExactly("receipts");
        assertThat(api.post(AUDITOR, "/api/receipts/bulk", Map.of("receipts", items)).status()).isEqualTo(403);
        assertThat(lots.count()).isEqualTo(lotsBefore + 2);
    }

    @Test
    void anIllegalTransitionIsRefusedWith409NamingBothStatesAndChangesNothing() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");
        lotStatus.change(lot, LotStatus.QUARANTINED, "Found damaged on the dock", null);
        lotStatus.change(lot, LotStatus.SCRAPPED, "Destroyed", null);

        Response refused = api.post(TECH, "/api/tasks/" + task + "/complete", inspection("PASS", "18", "0.01", "PASS", null));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("SCRAPPED").contains("RELEASED").contains(lot);
        assertThat(lotStatusOf(lot)).isEqualTo("SCRAPPED");
        assertThat(api.get(AUDITOR, "/api/lots/" + lot).body().path("inspections").get(0).path("status").asText())
                .as("the inspection's completion was rolled back with the refused transition").isEqualTo("OPEN");
        assertThat(api.get(TECH, "/api/tasks?lotNumber=" + lot).body().findValuesAsText("id")).contains(task);
    }

    @Test
    void completingATaskSomeoneAlreadyCompletedIs409AndChangesNothing() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");
        assertThat(api.post(TECH, "/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(TECH, "/api/tasks/" + task + "/complete", inspection("PASS", "18", "0.01", "PASS", null)).status())
                .isEqualTo(200);
        long auditBefore = auditEntries.count();

        Response again = api.post(TECH2, "/api/tasks/" + task + "/complete",
                inspection("FAIL", "30", "0.01", "FAIL", "second opinion"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("already completed by " + TECH.name());
        assertThat(lotStatusOf(lot)).isEqualTo("RELEASED");
        assertThat(auditEntries.count()).isEqualTo(auditBefore);
    }

    @Test
    void twoTechniciansCompletingAtOnceNeverBothSucceed() throws Exception {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> pass = () -> {
                start.await();
                return api.post(TECH, "/api/tasks/" + task + "/complete", inspection("PASS", "18", "0.01", "PASS", null)).status();
            };
            Callable<Integer> fail = () -> {
                start.await();
                return api.post(TECH2, "/api/tasks/" + task + "/complete", inspection("FAIL", "18", "0.01", "FAIL", "specks")).status();
            };
            Future<Integer> first = pool.submit(pass);
            Future<Integer> second = pool.submit(fail);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(lotStatusOf(lot)).isIn("RELEASED", "QUARANTINED");
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).finished().count()).isEqualTo(1);
    }

    // ---- bad input: 4xx with problem details, and nothing written ----

    @Test
    void badReceiptsAreRefusedNamingTheFieldAndWriteNothing() {
        api.post(ADMIN, "/api/suppliers", Map.of("code", supplierCode + "-X", "name", "Disqualified", "status", "DISQUALIFIED"));
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("supplierCode", with("supplierCode", "NO-SUCH-SUPPLIER"));
        cases.put("partNumber", with("partNumber", "NO-SUCH-PART"));
        cases.put("supplierCode ", with("supplierCode", supplierCode + "-X"));
        cases.put("quantity", with("quantity", 0));
        cases.put("quantity ", with("quantity", -5));
        cases.put("expiresOn", with("expiresOn", "2026-01-01"));
        cases.put("unit", with("unit", "lb"));
        long lotsBefore = lots.count();
        long processesBefore = processInstanceCount();
        long auditBefore = auditEntries.count();

        cases.forEach((field, body) -> {
            Response refused = api.post(TECH, "/api/receipts", body);
            assertThat(refused.status()).as(field).isEqualTo(422);
            assertThat(refused.errorFields()).as(field).contains(field.trim());
            assertThat(refused.text("title")).isEqualTo("Invalid input");
        });
        Response malformed = api.postRaw(TECH, "/api/receipts", "{\"supplierCode\": \"" + supplierCode + "\", ");
        assertThat(malformed.status()).isEqualTo(400);
        Response wrongType = api.postRaw(TECH, "/api/receipts", "{\"quantity\": \"lots\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text("detail")).contains("quantity");

        assertThat(lots.count()).isEqualTo(lotsBefore);
        assertThat(processInstanceCount()).isEqualTo(processesBefore);
        assertThat(auditEntries.count()).isEqualTo(auditBefore);
    }

    @Test
    void missingAndOutOfLimitValuesAreRefusedNamingTheCharacteristic() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");
        long auditBefore = auditEntries.count();

        Response missing = api.post(TECH, "/api/tasks/" + task + "/complete", Map.of("decision", "PASS",
                "results", List.of(Map.of("characteristic", "Melt flow rate", "value", 18))));
        Response outOfLimits = api.post(TECH, "/api/tasks/" + task + "/complete",
                inspection("PASS", "21.5", "0.01", "PASS", null));
        Response noComment = api.post(TECH, "/api/tasks/" + task + "/complete",
                inspection("CONDITIONAL", "21.5", "0.01", "PASS", null));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("results[Moisture]", "results[Appearance]");
        assertThat(outOfLimits.status()).isEqualTo(422);
        assertThat(outOfLimits.errorFields()).containsExactly("results[Melt flow rate]");
        assertThat(outOfLimits.text("detail")).contains("PASS is not allowed");
        assertThat(noComment.errorFields()).containsExactly("comment");
        assertThat(lotStatusOf(lot)).isEqualTo("IN_INSPECTION");
        assertThat(auditEntries.count()).isEqualTo(auditBefore);
    }

    @Test
    void masterDataIsValidatedAndDuplicatesConflict() {
        Map<String, Object> material = new LinkedHashMap<>(Map.of("partNumber", partNumber + "-G", "description", "Insert",
                "trackingMode", "LOT", "unit", "pcs", "gtin", "07612345000108",
                "inspectionPlan", List.of(Map.of("characteristic", "Length", "unit", "mm", "lowerLimit", 5.9, "upperLimit", 6.1)))); 

        Response wrongCheckDigit = api.post(ADMIN, "/api/materials", material);
        assertThat(wrongCheckDigit.status()).isEqualTo(422);
        assertThat(wrongCheckDigit.errorFields()).containsExactly("gtin");
        assertThat(wrongCheckDigit.text("detail")).contains("expected 7");

        Response duplicateSupplier = api.post(ADMIN, "/api/suppliers", Map.of("code", supplierCode, "name", "Again", "status", "APPROVED"));
        assertThat(duplicateSupplier.status()).isEqualTo(409);
        Response duplicatePart = api.post(ADMIN, "/api/materials", Map.of("partNumber", partNumber, "description", "Again",
                "trackingMode", "LOT", "unit", "kg", "inspectionPlan", List.of(Map.of("characteristic", "A", "attribute", true))));
        assertThat(duplicatePart.status()).isEqualTo(409);
        assertThat(api.get(TECH, "/api/materials/" + partNumber).body().path("inspectionPlan")).hasSize(3);
    }

    @Test
    void auditorsReadEverythingAndChangeNothing() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");

        assertThat(api.get(AUDITOR, "/api/lots/" + lot).status()).isEqualTo(200);
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/audit").status()).isEqualTo(200);
        assertThat(api.get(AUDITOR, "/api/suppliers").status()).isEqualTo(200);
        assertThat(api.post(AUDITOR, "/api/receipts", receipt()).status()).isEqualTo(403);
        assertThat(api.post(AUDITOR, "/api/suppliers", Map.of("code", "A1", "name", "A", "status", "APPROVED")).status()).isEqualTo(403);
        assertThat(api.post(AUDITOR, "/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(403);
        assertThat(api.post(AUDITOR, "/api/tasks/" + task + "/complete", inspection("PASS", "18", "0.01", "PASS", null)).status())
                .isEqualTo(403);
        assertThat(api.post(TECH, "/api/suppliers", Map.of("code", "T1", "name", "T", "status", "APPROVED")).status())
                .as("only admins change master data").isEqualTo(403);
        assertThat(lotStatusOf(lot)).isEqualTo("IN_INSPECTION");
    }

    // ---- engine integration ----

    @Test
    void anOverdueInspectionIsEscalatedToTheManagersList() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");
        assertThat(api.get(MANAGER, "/api/tasks?lotNumber=" + lot).body().findValuesAsText("id")).doesNotContain(task);
        Job slaTimer = managementService.createJobQuery().processInstanceId(processOf(lot)).timers().singleResult();
        assertThat(slaTimer.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofHours(23))));

        managementService.executeJob(slaTimer.getId());

        assertThat(api.get(MANAGER, "/api/tasks?lotNumber=" + lot).body().findValuesAsText("id")).contains(task);
        assertThat(api.get(AUDITOR, "/api/lots/" + lot + "/audit").body().findValuesAsText("action")).contains("ESCALATED");
    }

    @Test
    void theEngineLogsTheAuthenticatedUser() {
        String lot = receive();
        String task = taskFor(TECH, lot, "performInspection");

        api.post(TECH, "/api/tasks/" + task + "/claim", Map.of());

        UserOperationLogEntry claim = historyService.createUserOperationLogQuery().taskId(task)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).singleResult();
        assertThat(claim.getUserId()).isEqualTo(TECH.name());
    }

    @Test
    void theTaskListIsPagedAndFiltered() {
        List<String> lots = List.of(receive(), receive(), receive());
        List<String> taskIds = lots.stream().map(lot -> taskFor(TECH, lot, "performInspection")).toList();

        Response one = api.get(TECH, "/api/tasks?processKey=incoming-inspection&taskKey=performInspection&lotNumber="
                + lots.get(0));
        assertThat(one.body().findValuesAsText("id")).containsExactly(taskIds.get(0));
        assertThat(one.header("X-Total-Count")).isEqualTo("1");
        assertThat(api.get(TECH, "/api/tasks?taskKey=decideDisposition&lotNumber=" + lots.get(0)).body()).isEmpty();
        assertThat(api.get(TECH, "/api/tasks?size=500&candidateGroup=QC_TECHNICIAN").body().findValuesAsText("id"))
                .containsAll(taskIds);
        assertThat(api.post(TECH, "/api/tasks/" + taskIds.get(1) + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(api.get(TECH, "/api/tasks?assignee=" + TECH.name() + "&lotNumber=" + lots.get(1)).body()
                .findValuesAsText("id")).containsExactly(taskIds.get(1));
        assertThat(api.get(TECH, "/api/tasks?assignee=" + TECH2.name() + "&lotNumber=" + lots.get(1)).body()).isEmpty();
        assertThat(api.get(TECH, "/api/tasks?candidateGroup=QC_TECHNICIAN&lotNumber=" + lots.get(1)).body()
                .findValuesAsText("id")).as("a claimed task stays in its group's list").containsExactly(taskIds.get(1));

        Response first = api.get(TECH, "/api/tasks?size=2");
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.body()).hasSize(2);
        long lastPage = (total + 1) / 2;
        assertThat(first.header("Link")).contains("page=2&size=2>; rel=\"next\"").contains("page=1&size=2>; rel=\"first\"")
                .contains("page=" + lastPage + "&size=2>; rel=\"last\"").doesNotContain("rel=\"prev\"");
        Response second = api.get(TECH, "/api/tasks?size=2&page=2");
        assertThat(second.header("Link")).contains("page=1&size=2>; rel=\"prev\"");
        assertThat(second.body().findValuesAsText("id")).doesNotContainAnyElementsOf(first.body().findValuesAsText("id"));
        assertThat(api.get(TECH, "/api/tasks?size=2&page=" + (lastPage + 1)).body()).isEmpty();

        for (String wrong : List.of("page=0", "page=x", "size=0", "size=501", "size=ten")) {
            Response refused = api.get(TECH, "/api/tasks?" + wrong);
            assertThat(refused.status()).as(wrong).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly(wrong.substring(0, wrong.indexOf('=')));
        }
    }

    @Test
    void lotsAndCapasAreListedNewestFirstOnePageAtATime() {
        String olderLot = receive();
        String newerLot = receive();
        assertListedNewestFirstOnePageAtATime("/api/lots", "lotNumber", olderLot, newerLot);

        List<String> capas = new ArrayList<>();
        for (String title : List.of("Label smudge at receiving", "Pallet wrap torn")) {
            Response opened = api.post(MANAGER, "/api/capas", Map.of("title", title,
                    "description", "Seen at the dock"));
            assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
            capas.add(opened.text("capaNumber"));
        }
        assertListedNewestFirstOnePageAtATime("/api/capas", "capaNumber", capas.get(0), capas.get(1));
    }

    @Test
    void modelsDeployOnceWithStableNamesAndHistoryTimeToLive() throws Exception {
        long before = repositoryService.createDeploymentQuery().deploymentName("lotline").count();

        deployer.deploy();

        assertThat(repositoryService.createDeploymentQuery().deploymentName("lotline").count()).isEqualTo(before).isEqualTo(1);
        var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
        assertThat(definition.getResourceName()).isEqualTo("bpmn/incoming-inspection.bpmn");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    }
}
