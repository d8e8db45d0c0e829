package io.lotline.bench;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.TECH;

import com.zaxxer.hikari.HikariDataSource;
import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.security.UserAccounts;
import io.lotline.support.Api;
import io.lotline.support.Api.Response;
import io.lotline.support.LotlineNode;
import io.lotline.support.MariaDbTestServer;
import io.lotline.support.SupplierMaterial;
import io.lotline.support.TestUsers;
import io.lotline.support.Threads;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plant-load benchmark (README, "Plant-load benchmark"): two Lotline nodes on one MariaDB database it creates and
 * drops, measured in one run and printed as a table of ratios — receipts of one material over HTTP at 1, 4 and 16
 * writers on one node and on two (with the refusals counted), bulk receipts against one by one, audit appends at 1
 * and 16 writers, an API token against a password per request, the incoming inspection through Lotline against the
 * bare Camunda engine running the same shape of process, and readings through the API against a raw JDBC batch
 * insert of the same rows. Not a test: run it by hand.
 */
public final class PlantLoadBenchmark {
    private static final String DATABASE = "lotline_load_bench";

    private record Row(String measurement, double value, String unit, String note) {}

    private PlantLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("="))
                .forEach(a -> options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        String server = options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3306/");
        String user = options.getOrDefault("user", "root");
        String password = options.getOrDefault("password", "");
        int receipts = Integer.parseInt(options.getOrDefault("receipts", "160"));
        execute(server, user, password, "DROP DATABASE IF EXISTS " + DATABASE);
        execute(server, user, password, "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        var db = new MariaDbTestServer.Database(
                server + DATABASE + "?useMysqlMetadata=true&nullDatabaseMeansCurrent=true", user, password);
        String[] quiet = {"--logging.level.root=WARN", "--spring.main.banner-mode=off"};
        List<Row> rows = new ArrayList<>();
        try (LotlineNode first = LotlineNode.start("bench-a", db, quiet);
             LotlineNode second = LotlineNode.start("bench-b", db, quiet)) {
            TestUsers.ensure(first.bean(UserAccounts.class));
            List<Api> nodes = List.of(first.api(), second.api());
            SupplierMaterial material = SupplierMaterial.create(nodes.get(0));
            nodes.get(0).postWithKey(TECH, "/api/receipts", material.receipt(), UUID.randomUUID().toString());
            receiptsPerSecond(nodes, 4, 40, material); // warm-up, not reported: compiled code, filled pools and caches
            for (int nodeCount = 1; nodeCount <= 2; nodeCount++) {
                for (int writers : new int[] {1, 4, 16}) {
                    rows.add(receiptsPerSecond(nodes.subList(0, nodeCount), writers, receipts, material));
                }
            }
            rows.add(bulkReceiptsPerSecond(nodes.get(0), receipts, material));
            TransactionTemplate transactions = first.bean(TransactionTemplate.class);
            AuditTrail audit = first.bean(AuditTrail.class);
            for (int writers : new int[] {1, 16}) {
                rows.add(auditAppendsPerSecond(audit, transactions, writers, receipts * 5));
            }
            rows.addAll(tokenAgainstPassword(nodes.get(0)));
            HttpHeaders technician = bearer(nodes.get(0), "QC_TECHNICIAN");
            rows.addAll(inspectionsAgainstTheBareEngine(nodes.get(0), technician, db, receipts / 4));
            rows.addAll(readingsAgainstJdbc(nodes.get(0), technician, db, receipts * 25));
        } finally {
            execute(server, user, password, "DROP DATABASE IF EXISTS " + DATABASE);
        }
        print(rows);
        System.exit(0); // the nodes' non-daemon threads are gone; nothing else is left to wait for
    }

    private static Row receiptsPerSecond(List<Api> nodes, int writers, int count, SupplierMaterial material)
            throws Exception {
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api node = nodes.get(i % nodes.size());
            posts.add(() -> node.postWithKey(TECH, "/api/receipts", material.receipt(),
                    UUID.randomUUID().toString()).status());
        }
        long started = System.nanoTime();
        List<Integer> statuses = Threads.run(writers, posts);
        double seconds = (System.nanoTime() - started) / 1e9;
        long created = statuses.stream().filter(s -> s == 201).count();
        long refused = statuses.stream().filter(s -> s == 409).count();
        List<Integer> other = statuses.stream().filter(s -> s != 201 && s != 409).distinct().sorted().toList();
        return new Row("receipts, one material, " + writers + " writer(s), " + nodes.size() + " node(s)",
                created / seconds, "receipts/s", refused + " of " + count + " refused (409)"
                + (other.isEmpty() ? "" : ", " + (count - created - refused) + " answered " + other));
    }

    private static Row bulkReceiptsPerSecond(Api node, int count, SupplierMaterial material) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("idempotencyKey", UUID.randomUUID().toString(),
                    "receipt", material.receipt()));
        }
        long started = System.nanoTime();
        Response bulk = node.post(TECH, "/api/receipts/bulk", Map.of("receipts", items));
        double seconds = (System.nanoTime() - started) / 1e9;
        long created = bulk.body().findValues("result").size();
        return new Row("receipts, one bulk request of " + count, created / seconds, "receipts/s",
                created + " of " + count + " created");
    }

    private static Row auditAppendsPerSecond(AuditTrail audit, TransactionTemplate transactions, int writers, int count)
            throws Exception {
        List<Callable<Integer>> appends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "bench-" + i;
            appends.add(() -> {
                transactions.executeWithoutResult(
                        tx -> audit.record(AuditEvent.of(AuditAction.CREATE, "BENCHMARK", id)));
                return 1;
            });
        }
        long started = System.nanoTime();
        Threads.run(writers, appends);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Row("audit appends, " + writers + " writer(s), one entry per transaction", count / seconds,
                "entries/s", "");
    }

    /** Headers that authenticate with a new API token of the role (a password would cost a bcrypt per request). */
    private static HttpHeaders bearer(Api node, String role) {
        Response created = expect(node.post(ADMIN, "/api/api-tokens", Map.of("name",
                "bench-" + UUID.randomUUID().toString().substring(0, 8), "role", role,
                "expiresOn", LocalDate.now().plusDays(30).toString())), 201);
        HttpHeaders bearer = Api.jsonHeaders();
        bearer.setBearerAuth(created.text("token"));
        return bearer;
    }

    /**
     * One incoming inspection end to end — receipt, the inspection task, its completion with a PASS, the lot released
     * — through Lotline's API, against the bare engine (same database, history FULL) starting a process of the same
     * shape (a service step, the user task, a service step) with no-op steps and completing its task. Each Lotline
     * inspection uses a material of its own, so that skip-lot never lets a receipt through without a task.
     */
    private static List<Row> inspectionsAgainstTheBareEngine(Api node, HttpHeaders technician,
                                                            MariaDbTestServer.Database db, int count) {
        List<SupplierMaterial> materials = new ArrayList<>();
        for (int i = 0; i < count + 2; i++) {
            materials.add(SupplierMaterial.create(node));
        }
        inspectThroughLotline(node, technician, materials.subList(0, 2)); // warm-up
        long started = System.nanoTime();
        inspectThroughLotline(node, technician, materials.subList(2, materials.size()));
        double lotline = (System.nanoTime() - started) / 1e6 / count;

        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(db.user());
        pool.setPassword(db.password());
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED"); // as Lotline's pool, and as Camunda requires
        ProcessEngine bare = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(pool).setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
                .setProcessEngineName("bare-bench").buildProcessEngine();
        try {
            bare.getRepositoryService().createDeployment().addModelInstance("bare-inspection.bpmn",
                    Bpmn.createExecutableProcess("bare-inspection").camundaHistoryTimeToLive(1).startEvent()
                            .serviceTask("receive").camundaExpression("${true}")
                            .userTask("performInspection").camundaCandidateGroups("QC_TECHNICIAN")
                            .serviceTask("release").camundaExpression("${true}").endEvent().done()).deploy();
            inspectOnTheBareEngine(bare, 2); // warm-up
            started = System.nanoTime();
            inspectOnTheBareEngine(bare, count);
        } finally {
            bare.close();
            pool.close();
        }
        double engine = (System.nanoTime() - started) / 1e6 / count;
        return List.of(
                new Row("incoming inspection end to end, bare Camunda engine", engine, "ms/inspection",
                        "mean of " + count + ", in process, no-op steps"),
                new Row("the same through Lotline's API (receipt, task, PASS, released)", lotline, "ms/inspection",
                        "mean of " + count + ", HTTP with an API token, one client"));
    }

    private static void inspectThroughLotline(Api node, HttpHeaders technician, List<SupplierMaterial> materials) {
        for (SupplierMaterial material : materials) {
            HttpHeaders receipt = new HttpHeaders();
            receipt.putAll(technician);
            receipt.set("Idempotency-Key", UUID.randomUUID().toString());
            String lot = expect(node.send(HttpMethod.POST, "/api/receipts", material.receipt(), receipt), 201)
                    .text("lotNumber");
            String task = expect(node.send(HttpMethod.GET, "/api/tasks?taskKey=performInspection&lotNumber=" + lot,
                    null, technician), 200).body().get(0).path("id").asText();
            expect(node.send(HttpMethod.POST, "/api/tasks/" + task + "/complete", Map.of("decision", "PASS",
                    "results", List.of(Map.of("characteristic", "Melt flow rate", "value", 18))), technician), 200);
            if (!"RELEASED".equals(node.send(HttpMethod.GET, "/api/lots/" + lot, null, technician).text("status"))) {
                throw new IllegalStateException("lot " + lot + " was not released");
            }
        }
    }

    private static void inspectOnTheBareEngine(ProcessEngine engine, int count) {
        for (int i = 0; i < count; i++) {
            String instance = engine.getRuntimeService().startProcessInstanceByKey("bare-inspection", "BARE-" + i,
                    Map.of("lotNumber", "BARE-" + i)).getId();
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            engine.getTaskService().complete(task.getId(), Map.of("decision", "PASS"));
        }
    }

    /**
     * Readings of a running batch posted through the API in requests of 100 (strict JSON, the spec and the SPC rules
     * of each reading), against a raw JDBC batch insert of as many rows into the same table.
     */
    private static List<Row> readingsAgainstJdbc(Api node, HttpHeaders technician, MariaDbTestServer.Database db,
                                                 int count) throws Exception {
        String product = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        expect(node.post(ADMIN, "/api/materials", Map.of("partNumber", product, "description", "Housing " + product,
                "trackingMode", "LOT", "unit", "pcs", "inspectionPlan", List.of(Map.of("characteristic", "Visual",
                        "attribute", true)))), 201);
        expect(node.put(ADMIN, "/api/materials/" + product + "/bill-of-materials", List.of(Map.of(
                "componentPartNumber", SupplierMaterial.create(node).partNumber(), "quantityPerUnit", 0.05))), 200);
        expect(node.put(ADMIN, "/api/materials/" + product + "/process-parameters", List.of(Map.of("parameter",
                "Melt temperature", "unit", "°C", "lowerSpec", 220, "upperSpec", 250, "centerLine", 235, "sigma", 2,
                "perCavity", false))), 200);
        String batch = expect(node.send(HttpMethod.POST, "/api/batches", Map.of("productPartNumber", product,
                "plannedQuantity", 1000, "machineId", "BENCH-PRESS", "moldId", "M-1", "cavities", 1, "shift", "A",
                "operator", "bench", "setup", Map.of("dryingTemperature", 120, "dryingTimeHours", 4,
                        "meltTemperature", 235, "injectionPressure", 1100, "holdPressure", 600, "cycleTime", 18.5)),
                technician), 201).text("batchNumber");
        expect(node.send(HttpMethod.POST, "/api/batches/" + batch + "/start", Map.of(), technician), 200);
        Random noise = new Random(42);
        List<List<Map<String, Object>>> requests = new ArrayList<>();
        for (int i = 0; i < count; i += 100) {
            List<Map<String, Object>> readings = new ArrayList<>();
            for (int j = i; j < Math.min(count, i + 100); j++) {
                readings.add(Map.of("parameter", "Melt temperature", "source", "SENSOR", "value",
                        Math.round((235 + noise.nextGaussian() * 0.8) * 10) / 10.0));
            }
            requests.add(readings);
        }
        long started = System.nanoTime();
        for (List<Map<String, Object>> readings : requests) {
            expect(node.send(HttpMethod.POST, "/api/batches/" + batch + "/readings", readings, technician), 201);
        }
        double api = count / ((System.nanoTime() - started) / 1e9);

        double jdbc;
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            long batchId;
            try (PreparedStatement id = connection.prepareStatement(
                    "SELECT id FROM production_batch WHERE batch_number = ?")) {
                id.setString(1, batch);
                try (ResultSet found = id.executeQuery()) {
                    found.next();
                    batchId = found.getLong(1);
                }
            }
            connection.setAutoCommit(false);
            started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO process_reading (batch_id,"
                    + " parameter, cavity, seq_no, reading, unit, taken_at, source, recorded_at, recorded_by)"
                    + " VALUES (?, ?, 0, ?, ?, ?, ?, 'SENSOR', ?, 'bench')")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, batchId);
                    insert.setString(2, "Raw JDBC");
                    insert.setInt(3, i + 1);
                    insert.setBigDecimal(4, BigDecimal.valueOf(235 + noise.nextGaussian() * 0.8));
                    insert.setString(5, "°C");
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                    if ((i + 1) % 100 == 0 || i + 1 == count) {
                        insert.executeBatch();
                        connection.commit(); // a commit per 100, as the API commits each request
                    }
                }
            }
            jdbc = count / ((System.nanoTime() - started) / 1e9);
        }
        return List.of(
                new Row("readings, raw JDBC batch insert, 100 per commit", jdbc, "readings/s",
                        count + " rows into process_reading"),
                new Row("readings through the API, 100 per request (spec + SPC)", api, "readings/s",
                        count + " readings, HTTP with an API token, one client"));
    }

    private static Response expect(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.status() + ": "
                    + response.body());
        }
        return response;
    }

    private static List<Row> tokenAgainstPassword(Api node) {
        HttpHeaders bearer = bearer(node, "AUDITOR");
        HttpHeaders basic = Api.jsonHeaders();
        basic.setBasicAuth(TestUsers.AUDITOR.name(), TestUsers.AUDITOR.password());
        List<Row> rows = new ArrayList<>();
        for (var way : List.of(Map.entry("API token", bearer), Map.entry("password (HTTP Basic)", basic))) {
            int rounds = 200;
            long started = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                expect(node.send(HttpMethod.GET, "/api/lots?size=1", null, way.getValue()), 200);
            }
            rows.add(new Row("GET /api/lots?size=1 with " + way.getKey(), (System.nanoTime() - started) / 1e6 / rounds,
                    "ms/request", "mean of " + rounds + ", one client"));
        }
        return rows;
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.printf("| %-62s | %12s | %-10s | %8s | %s |%n", "measurement", "value", "unit", "ratio", "note");
        System.out.printf("|%s|%s|%s|%s|%s|%n", "-".repeat(64), "-".repeat(14), "-".repeat(12), "-".repeat(10), "---");
        String unit = "";
        double unitBase = 1;
        for (Row row : rows) {
            if (!row.unit().equals(unit)) {
                unit = row.unit();
                unitBase = row.value(); // ratios compare each row with the first row of the same unit
            }
            System.out.printf("| %-62s | %12.1f | %-10s | %7.2f× | %s |%n", row.measurement(), row.value(), row.unit(),
                    row.value() / unitBase, row.note());
        }
    }

    private static void execute(String server, String user, String password, String sql) throws Exception {
        try (Connection admin = DriverManager.getConnection(server, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
