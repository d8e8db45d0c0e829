package io.lotline.bench;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.TECH;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plant-load benchmark (README, "Plant-load benchmark"): two Lotline nodes on one MariaDB database it creates and
 * drops, measured in one run and printed as a table of ratios — receipts of one material over HTTP at 1, 4 and 16
 * writers on one node and on two (with the refusals counted), bulk receipts against one by one, audit appends at 1
 * and 16 writers, and an API token against a password per request. Not a test: run it by hand.
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

    private static List<Row> tokenAgainstPassword(Api node) {
        Response created = node.post(ADMIN, "/api/api-tokens", Map.of("name", "bench-" + UUID.randomUUID(),
                "role", "AUDITOR", "expiresOn", LocalDate.now().plusDays(30).toString()));
        HttpHeaders bearer = Api.jsonHeaders();
        bearer.setBearerAuth(created.text("token"));
        HttpHeaders basic = Api.jsonHeaders();
        basic.setBasicAuth(TestUsers.AUDITOR.name(), TestUsers.AUDITOR.password());
        List<Row> rows = new ArrayList<>();
        for (var way : List.of(Map.entry("API token", bearer), Map.entry("password (HTTP Basic)", basic))) {
            int rounds = 200;
            long started = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                node.send(HttpMethod.GET, "/api/lots?size=1", null, way.getValue());
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
