package io.lotline.cluster;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.quarantine.ShelfLifeExpiry;
import io.lotline.security.UserAccounts;
import io.lotline.support.Api;
import io.lotline.support.Api.Response;
import io.lotline.support.LogLines;
import io.lotline.support.LotlineNode;
import io.lotline.support.MariaDbTestServer;
import io.lotline.support.SupplierMaterial;
import io.lotline.support.TestUsers;
import io.lotline.support.Threads;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Lotline nodes — two application contexts, each with its own web server and job executor — on one MariaDB
 * database of their own, started as README's "Running several nodes" says: an ERP posting a truckload of receipts
 * of one material to both, technicians inspecting on both, every inspection-SLA timer (2 s here) firing once,
 * idempotency keys holding across nodes, and Lotline's own scheduled job running on one node.
 */
class ClusterOnMariaDbTest {
    private static final int WRITERS = 16;
    private static final int RECEIPTS = 240;
    private static final int INSPECTIONS = 48;
    private static final String INSPECTION_SLA = "--lotline.inspection.sla=PT2S";

    private static LotlineNode nodeA;
    private static LotlineNode nodeB;
    private static List<Api> nodes;
    private static JdbcTemplate database;
    private static SupplierMaterial material;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        MariaDbTestServer.Database db = MariaDbTestServer.newDatabase();
        nodeA = LotlineNode.start("node-a", db, INSPECTION_SLA); // alone first: it creates the schemas
        nodeB = LotlineNode.start("node-b", db, INSPECTION_SLA);
        TestUsers.ensure(nodeA.bean(UserAccounts.class));
        nodes = List.of(nodeA.api(), nodeB.api());
        database = nodeA.bean(JdbcTemplate.class);
        material = SupplierMaterial.create(nodes.get(0));
    }

    @AfterAll
    static void stopNodes() {
        for (LotlineNode node : new LotlineNode[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static Map<String, Object> receipt() {
        return material.receipt();
    }

    @Test
    void receiptsAndInspectionsOnBothNodesAllSucceedAndEverySlaTimerFiresOnce() throws Exception {
        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < RECEIPTS; i++) {
            Api node = nodes.get(i % 2);
            posts.add(() -> node.postWithKey(TECH, "/api/receipts", receipt(), UUID.randomUUID().toString()));
        }
        List<Response> receipts = Threads.run(WRITERS, posts);
        assertThat(receipts).extracting(Response::status).as("no refusals, no 5xx").containsOnly(201);
        List<String> lots = receipts.stream().map(r -> r.text("lotNumber")).toList();
        assertThat(lots).doesNotHaveDuplicates();

        List<Callable<Response>> inspections = new ArrayList<>();
        for (int i = 0; i < INSPECTIONS; i++) {
            Api node = nodes.get(i % 2);
            String task = node.get(TECH, "/api/tasks?taskKey=performInspection&lotNumber=" + lots.get(i)).body()
                    .get(0).path("id").asText();
            inspections.add(() -> node.post(TECH, "/api/tasks/" + task + "/complete", Map.of("results",
                    List.of(Map.of("characteristic", "Melt flow rate", "value", "18")), "decision", "PASS")));
        }
        assertThat(Threads.run(WRITERS, inspections)).extracting(Response::status).containsOnly(200);
        Response quality = nodes.get(1).get(AUDITOR, "/api/suppliers/" + material.supplierCode() + "/quality");
        assertThat(quality.body().path("materials").get(0).path("inspections").asInt()).isEqualTo(INSPECTIONS);

        ManagementService engine = nodeA.bean(ManagementService.class);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (engine.createJobQuery().timers().count() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(engine.createJobQuery().timers().count()).as("every SLA timer has fired").isZero();
        Map<String, Long> escalations = new LinkedHashMap<>();
        database.query("SELECT entity_id, COUNT(*) FROM audit_entry WHERE action = 'ESCALATED' AND entity_type ="
                + " 'MATERIAL_LOT' GROUP BY entity_id", row -> {
                    escalations.put(row.getString(1), row.getLong(2));
                });
        assertThat(escalations.values()).as("no timer fired twice").containsOnly(1L);
        assertThat(escalations.keySet()).as("every lot still waiting for inspection was escalated")
                .containsAll(lots.subList(INSPECTIONS, RECEIPTS));
    }

    @Test
    void anIdempotencyKeyHoldsAcrossNodes() throws Exception {
        Map<String, Object> receipt = receipt();
        String key = UUID.randomUUID().toString();
        List<Response> both = Threads.run(WRITERS, List.of(
                () -> nodes.get(0).postWithKey(TECH, "/api/receipts", receipt, key),
                () -> nodes.get(1).postWithKey(TECH, "/api/receipts", receipt, key)));
        Response again = nodes.get(1).postWithKey(TECH, "/api/receipts", receipt, key);

        assertThat(both).extracting(Response::status).containsExactly(201, 201);
        assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
        assertThat(again.body()).isEqualTo(both.get(0).body());
        assertThat(database.queryForObject("SELECT COUNT(*) FROM material_lot WHERE supplier_lot_number = ?",
                Long.class, receipt.get("supplierLotNumber"))).isEqualTo(1);
    }

    @Test
    void theShelfLifeJobRunsOnOneNodeWhenBothAreDue() throws Exception {
        try (LogLines log = LogLines.of(ShelfLifeExpiry.class)) {
            Threads.run(WRITERS, List.<Callable<Void>>of(
                    () -> {
                        nodeA.bean(ShelfLifeExpiry.class).scheduledRun();
                        return null;
                    },
                    () -> {
                        nodeB.bean(ShelfLifeExpiry.class).scheduledRun();
                        return null;
                    }));

            assertThat(log.lines()).filteredOn(line -> line.startsWith("INFO Shelf-life expiry ran")).hasSize(1);
        }
        assertThat(database.queryForObject("SELECT locked_by FROM shedlock WHERE name = 'shelf-life-expiry'",
                String.class)).isIn("node-a", "node-b");
    }
}
