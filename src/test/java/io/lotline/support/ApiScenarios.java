package io.lotline.support;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.approval.ConcessionRepository;
import io.lotline.audit.AuditEntry;
import io.lotline.audit.AuditEntryRepository;
import io.lotline.security.UserAccounts;
import io.lotline.support.Api.Response;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLotRepository;
import io.lotline.workflow.ProcessModelDeployer;
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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenarios over the real HTTP API with the real engine and BPMN: a fresh supplier and material per test, the users
 * of {@link TestUsers}, and the steps every scenario takes (receive, inspect, find a task).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiScenarios {
    protected static final String PROCESS_KEY = "incoming-inspection";

    @Autowired protected TestRestTemplate rest;
    @Autowired protected UserAccounts accounts;
    @Autowired protected MaterialLotRepository lots;
    @Autowired protected AuditEntryRepository auditEntries;
    @Autowired protected ConcessionRepository concessions;
    @Autowired protected LotStatusService lotStatus;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected HistoryService historyService;
    @Autowired protected ManagementService managementService;
    @Autowired protected RepositoryService repositoryService;
    @Autowired protected ProcessModelDeployer deployer;
    @Autowired protected TransactionTemplate transactions;

    protected Api api;
    protected String supplierCode;
    protected String partNumber;

    @BeforeEach
    protected void createUsersAndMasterData() {
        TestUsers.ensure(accounts);
        api = new Api(rest);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        supplierCode = "SUP-" + suffix;
        partNumber = "PART-" + suffix;
        assertThat(api.post(ADMIN, "/api/suppliers", Map.of("code", supplierCode, "name", "Supplier " + suffix,
                "status", "APPROVED")).status()).isEqualTo(201);
        assertThat(api.post(ADMIN, "/api/materials", Map.of("partNumber", partNumber, "description", "Resin " + suffix,
                "trackingMode", "LOT", "unit", "kg", "shelfLifeDays", 365, "maxShelfLifeExtensionDays", 180,
                "inspectionPlan", List.of(
                        Map.of("characteristic", "Melt flow rate", "unit", "g/10min", "lowerLimit", 15, "upperLimit", 21),
                        Map.of("characteristic", "Moisture", "unit", "%", "upperLimit", 0.02),
                        Map.of("characteristic", "Appearance", "attribute", true, "skipWhenReduced", true))))
                .status()).isEqualTo(201);
    }

    // ---- helpers ----

    /** Runs the requests on threads of their own, released together once all are ready; their answers in order. */
    protected static <T> List<T> runTogether(List<Callable<T>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        try {
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> request : requests) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return request.call();
                }));
            }
            List<T> statuses = new ArrayList<>();
            for (Future<T> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A list endpoint answers newest first, one page at a time, with its total in X-Total-Count and RFC 8288 links;
     * a wrong size is a 422 naming it. {@code older} and {@code newer} are the two records the test made last.
     */
    protected void assertListedNewestFirstOnePageAtATime(String path, String idField, String older, String newer) {
        Response first = api.get(AUDITOR, path + "?size=1");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body()).hasSize(1);
        assertThat(first.body().get(0).path(idField).asText()).isEqualTo(newer);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.header("Link")).contains("page=2&size=1>; rel=\"next\"")
                .contains("page=" + total + "&size=1>; rel=\"last\"").doesNotContain("rel=\"prev\"");
        Response second = api.get(AUDITOR, path + "?size=1&page=2");
        assertThat(second.body().get(0).path(idField).asText()).isEqualTo(older);
        assertThat(second.header("Link")).contains("page=1&size=1>; rel=\"prev\"");
        assertThat(api.get(AUDITOR, path + "?size=1&page=" + (total + 1)).body()).isEmpty();
        assertThat(api.get(AUDITOR, path).body().size()).isEqualTo((int) Math.min(total, 50));
        Response refused = api.get(AUDITOR, path + "?size=501");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("size");
    }

    protected String receive() {
        Response created = api.post(TECH, "/api/receipts", receipt());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("IN_INSPECTION");
        assertThat(created.text("lotNumber")).matches("ML-\\d{4}-\\d{6}");
        return created.text("lotNumber");
    }

    protected Map<String, Object> receipt() {
        return receipt(supplierCode, partNumber);
    }

    /** A valid receipt of 250 kg of the material from the supplier, with a supplier lot number of its own. */
    public static Map<String, Object> receipt(String supplierCode, String partNumber) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("supplierCode", supplierCode);
        receipt.put("partNumber", partNumber);
        // long enough that thousands of receipts of one supplier never repeat a lot number (a 422 when they do)
        receipt.put("supplierLotNumber", "SL-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        receipt.put("purchaseOrder", "PO-4711");
        receipt.put("quantity", 250);
        receipt.put("unit", "kg");
        receipt.put("manufacturedOn", LocalDate.now().minusDays(20).toString());
        return receipt;
    }

    protected Map<String, Object> with(String field, Object value) {
        Map<String, Object> receipt = receipt();
        receipt.put(field, value);
        if (field.equals("expiresOn")) {
            receipt.put("manufacturedOn", "2026-02-01");
        }
        return receipt;
    }

    protected static Map<String, Object> inspection(String decision, String meltFlow, String moisture, String appearance, String comment) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("results", List.of(Map.of("characteristic", "Melt flow rate", "value", meltFlow),
                Map.of("characteristic", "Moisture", "value", moisture),
                Map.of("characteristic", "Appearance", "value", appearance)));
        form.put("decision", decision);
        if (comment != null) {
            form.put("comment", comment);
        }
        return form;
    }

    protected void inspectConditional(TestUsers.User inspector, String lot) {
        String task = taskFor(inspector, lot, "performInspection");
        assertThat(api.post(inspector, "/api/tasks/" + task + "/complete",
                inspection("CONDITIONAL", "21.4", "0.01", "PASS", "Melt flow slightly high")).status()).isEqualTo(200);
    }

    protected static Map<String, Object> approval(boolean approved, String password) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("approved", approved);
        form.put("reason", approved ? "Melt flow within the validated process window" : "Risk not acceptable");
        form.put("conditions", "Only for housings, not for fluid paths");
        form.put("validUntil", LocalDate.now().plusDays(60).toString());
        form.put("signature", Map.of("password", password,
                "meaning", approved ? "APPROVED_CONDITIONAL_RELEASE" : "REJECTED_CONDITIONAL_RELEASE"));
        return form;
    }

    protected String taskFor(TestUsers.User user, String lot, String taskKey) {
        return taskFor(user, lot, taskKey, PROCESS_KEY);
    }

    protected String taskFor(TestUsers.User user, String lot, String taskKey, String processKey) {
        return taskFor(user, "lotNumber", lot, taskKey, processKey);
    }

    /** The task in the user's list whose process works on the subject, e.g. {@code batchNumber} PB-2026-000001. */
    protected String taskFor(TestUsers.User user, String subjectField, String subject, String taskKey, String processKey) {
        for (JsonNode task : api.get(user, "/api/tasks?size=500&taskKey=" + taskKey + "&" + subjectField + "=" + subject).body()) {
            if (subject.equals(task.path(subjectField).asText()) && taskKey.equals(task.path("taskKey").asText())) {
                assertThat(task.path("processKey").asText()).isEqualTo(processKey);
                return task.path("id").asText();
            }
        }
        throw new AssertionError("no " + taskKey + " task for " + subject + " in " + user.name() + "'s list");
    }

    protected String lotStatusOf(String lot) {
        return api.get(AUDITOR, "/api/lots/" + lot).text("status");
    }

    protected String processOf(String lot) {
        return api.get(AUDITOR, "/api/lots/" + lot).text("processInstanceId");
    }

    /** Where the lot's incoming inspection ended (the lot's current process may since be another). */
    protected String processEndedAt(String lot) {
        String inspection = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(lot).singleResult().getId();
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(inspection)
                .activityType("noneEndEvent").singleResult().getActivityId();
    }

    protected long processInstanceCount() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    }

    protected long signingFailuresOf(String user) {
        return auditEntries.findAll().stream()
                .filter(e -> e.getEntityId().equals(user) && e.getAction().name().equals("SIGNATURE_FAILED")).count();
    }

    protected void assertChainLinkIntact(long sequence) {
        AuditEntry entry = auditEntries.findById(sequence).orElseThrow();
        assertThat(entry.computeHash()).as("hash of entry %d", sequence).isEqualTo(entry.getHash());
        if (sequence > 1) {
            assertThat(entry.getPreviousHash()).isEqualTo(auditEntries.findById(sequence - 1).orElseThrow().getHash());
        }
    }
}
