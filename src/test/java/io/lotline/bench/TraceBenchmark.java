package io.lotline.bench;

import io.lotline.LotlineApplication;
import io.lotline.trace.Trace;
import io.lotline.trace.TraceService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a plant's worth of genealogy on MariaDB (by default 1,000,000 serials: 1,000 supplier lots, 2,000 batches
 * of 500 serials, half of them shipped in 20,000 shipments to 50 customers) and times the forward trace of supplier
 * lots through the application's TraceService. It also walks the same genealogy one query per node, as an
 * application without recursive queries would, and reports the ratio measured in the same run. Not a unit test:
 * run it by hand (README, "Trace benchmark"); it creates and drops its own database.
 */
public final class TraceBenchmark {
    private static final int SERIALS_PER_BATCH = 500;
    private static final int SERIALS_PER_SHIPMENT = 25;
    private static final int CUSTOMERS = 50;
    /** The "popular" resin lot goes into this many batches; the others into two each. */
    private static final int POPULAR_LOT_BATCHES = 20;

    private TraceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int serials = Integer.parseInt(options.getOrDefault("serials", "1000000"));
        String server = options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3306/");
        String user = options.getOrDefault("user", "root");
        String password = options.getOrDefault("password", "");
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        String database = "lotline_trace_bench";

        try (Connection admin = DriverManager.getConnection(server, user, password); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        String url = server + database + "?useMysqlMetadata=true&nullDatabaseMeansCurrent=true&rewriteBatchedStatements=true";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LotlineApplication.class)
                .profiles("mariadb")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--lotline.admin-password=benchmark-only-admin",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off", "--server.port=0")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long generating = System.nanoTime();
            Shape shape = generate(jdbc, serials);
            System.out.printf("Generated %,d serials, %,d batches, %,d shipments, %,d genealogy links in %.1f s%n",
                    serials, shape.batches(), shape.shipments(),
                    jdbc.queryForObject("SELECT COUNT(*) FROM genealogy_link", Long.class),
                    (System.nanoTime() - generating) / 1e9);
            jdbc.execute("ANALYZE TABLE genealogy_link, serial_unit, material_lot, production_batch, shipment");

            TraceService traces = context.getBean(TraceService.class);
            for (String[] supplierLot : List.of(new String[] {"typical", "SUPB-1/SL-000002"},
                    new String[] {"popular", "SUPB-1/SL-000001"})) {
                report(traces, jdbc, supplierLot[0], supplierLot[1], rounds);
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(server, user, password); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static void report(TraceService traces, JdbcTemplate jdbc, String label, String supplierLot, int rounds) {
        Trace trace = traces.forward(supplierLot); // warm-up, and the size of the answer
        traces.forward(supplierLot);
        long[] recursive = new long[rounds];
        long[] perNode = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            traces.forward(supplierLot);
            recursive[round] = System.nanoTime() - start;
            start = System.nanoTime();
            int links = walkOneQueryPerNode(jdbc, supplierLot);
            perNode[round] = System.nanoTime() - start;
            if (round == 0) {
                System.out.printf("%n%s supplier lot %s: %,d nodes, %,d edges (%,d links walked one by one)%n", label,
                        supplierLot, trace.nodes().size(), trace.edges().size(), links);
            }
        }
        double recursiveMedian = median(recursive) / 1e6;
        double perNodeMedian = median(perNode) / 1e6;
        System.out.printf("  forward trace (recursive query + details + totals): median %.1f ms, min %.1f ms over %d rounds%n",
                recursiveMedian, Arrays.stream(recursive).min().orElseThrow() / 1e6, rounds);
        System.out.printf("  genealogy walk, one query per node (links only):     median %.1f ms%n", perNodeMedian);
        System.out.printf("  ratio one-query-per-node / recursive trace:         %.1f x%n", perNodeMedian / recursiveMedian);
    }

    /** The baseline: breadth-first, one indexed query per node reached. */
    private static int walkOneQueryPerNode(JdbcTemplate jdbc, String supplierLot) {
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(new String[] {"SUPPLIER_LOT", supplierLot});
        int links = 0;
        while (!queue.isEmpty()) {
            String[] node = queue.poll();
            List<String[]> children = jdbc.query("SELECT child_type, child_id FROM genealogy_link"
                    + " WHERE parent_id = ? AND parent_type = ?", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
                    node[1], node[0]);
            links += children.size();
            for (String[] child : children) {
                if (seen.add(child[0] + ":" + child[1])) {
                    queue.add(child);
                }
            }
        }
        return links;
    }

    record Shape(int batches, int shipments) {}

    /**
     * Supplier lot i is received as material lot i. Batch b consumes the popular lot (1) if b &lt; 20, else lot
     * 2 + (b - 20) / 2, and makes finished lot b of 500 serials; every other group of 25 serials is shipped.
     */
    private static Shape generate(JdbcTemplate jdbc, int serials) {
        int batches = Math.max(POPULAR_LOT_BATCHES + 2, serials / SERIALS_PER_BATCH);
        int materialLots = 1 + (batches - POPULAR_LOT_BATCHES + 1) / 2;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO supplier (code, name, status, version) VALUES ('SUPB-1', 'Benchmark resins', 'APPROVED', 0)");
        jdbc.update("INSERT INTO material (part_number, description, tracking_mode, unit, version)"
                + " VALUES ('BENCH-RESIN', 'Benchmark resin', 'LOT', 'kg', 0)");
        jdbc.update("INSERT INTO material (part_number, description, gtin, tracking_mode, unit, version)"
                + " VALUES ('BENCH-HSG', 'Benchmark housing', '07612345999997', 'SERIAL', 'pcs', 0)");
        long supplierId = jdbc.queryForObject("SELECT id FROM supplier WHERE code = 'SUPB-1'", Long.class);
        long resinId = jdbc.queryForObject("SELECT id FROM material WHERE part_number = 'BENCH-RESIN'", Long.class);
        long productId = jdbc.queryForObject("SELECT id FROM material WHERE part_number = 'BENCH-HSG'", Long.class);
        for (int c = 1; c <= CUSTOMERS; c++) {
            jdbc.update("INSERT INTO customer (code, name, address, version) VALUES (?, ?, ?, 0)",
                    "CB-" + c, "Benchmark customer " + c, c + " Dock Road");
        }

        List<Object[]> rows = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int m = 1; m <= materialLots; m++) {
            rows.add(new Object[] {"MB-" + m, "SL-%06d".formatted(m), supplierId, resinId, now});
            links.add(link("SUPPLIER_LOT", "SUPB-1/SL-%06d".formatted(m), "MATERIAL_LOT", "MB-" + m, 1000, now));
        }
        jdbc.batchUpdate("INSERT INTO material_lot (lot_number, supplier_lot_number, supplier_id, material_id,"
                + " purchase_order, received_quantity, quantity, unit, received_at, received_by, status, version, origin)"
                + " VALUES (?, ?, ?, ?, 'PO-B', 1000, 100, 'kg', ?, 'bench', 'RELEASED', 0, 'RECEIVED')", rows);
        rows.clear();
        for (int b = 0; b < batches; b++) {
            rows.add(new Object[] {"FB-" + b, productId, now});
        }
        jdbc.batchUpdate("INSERT INTO material_lot (lot_number, material_id, received_quantity, quantity, unit,"
                + " received_at, received_by, status, version, origin)"
                + " VALUES (?, ?, 500, 250, 'pcs', ?, 'bench', 'RELEASED', 0, 'PRODUCED')",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2]}).toList());
        Map<String, Long> lotIds = new HashMap<>();
        jdbc.query("SELECT lot_number, id FROM material_lot WHERE origin = 'PRODUCED'",
                rs -> { lotIds.put(rs.getString(1), rs.getLong(2)); });
        rows.clear();
        for (int b = 0; b < batches; b++) {
            rows.add(new Object[] {"PB-" + b, productId, lotIds.get("FB-" + b), now, now});
            int material = b < POPULAR_LOT_BATCHES ? 1 : 2 + (b - POPULAR_LOT_BATCHES) / 2;
            links.add(link("MATERIAL_LOT", "MB-" + material, "BATCH", "PB-" + b, 1, now));
            links.add(link("BATCH", "PB-" + b, "FINISHED_LOT", "FB-" + b, SERIALS_PER_BATCH, now));
        }
        jdbc.batchUpdate("INSERT INTO production_batch (batch_number, product_id, planned_quantity, machine_id, mold_id,"
                + " cavities, shift, operator, status, created_at, created_by, completed_at, good_quantity, scrap_quantity,"
                + " scrapped_on_hold, version, finished_lot_id)"
                + " VALUES (?, ?, 500, 'M-1', 'T-1', 4, 'A', 'bench', 'COMPLETED', ?, 'bench', ?, 500, 0, 0, 0, ?)",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[3], r[4], r[2]}).toList());
        insert(jdbc, links);

        int shipments = 0;
        List<Object[]> units = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            for (int group = 0; group < SERIALS_PER_BATCH / SERIALS_PER_SHIPMENT; group++) {
                boolean shipped = group % 2 == 0;
                String shipment = shipped ? "SB-" + (++shipments) : null;
                Long shipmentId = null;
                if (shipped) {
                    jdbc.update("INSERT INTO shipment (shipment_number, customer_id, order_number, ship_to, shipped_at,"
                            + " shipped_by) VALUES (?, (SELECT id FROM customer WHERE code = ?), 'PO-C', 'Dock', ?, 'bench')",
                            shipment, "CB-" + (1 + shipments % CUSTOMERS), now);
                    shipmentId = jdbc.queryForObject("SELECT id FROM shipment WHERE shipment_number = ?", Long.class, shipment);
                }
                for (int u = 0; u < SERIALS_PER_SHIPMENT; u++) {
                    String serial = "B%02d%08d".formatted(b % 100, b * SERIALS_PER_BATCH + group * SERIALS_PER_SHIPMENT + u);
                    units.add(new Object[] {serial, lotIds.get("FB-" + b), "PB-" + b, shipped ? "SHIPPED" : "IN_STOCK",
                            shipmentId, now});
                    links.add(link("FINISHED_LOT", "FB-" + b, "SERIAL", serial, 1, now));
                    if (shipped) {
                        links.add(link("SERIAL", serial, "SHIPMENT", shipment, 1, now));
                    }
                }
            }
            if (units.size() >= 20_000) {
                flush(jdbc, units, links);
            }
        }
        flush(jdbc, units, links);
        return new Shape(batches, shipments);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> units, List<Object[]> links) {
        jdbc.batchUpdate("INSERT INTO serial_unit (gtin, serial, lot_id, batch_number, status, shipment_id, created_at, version)"
                + " VALUES ('07612345999997', ?, ?, ?, ?, ?, ?, 0)", units);
        insert(jdbc, links);
        units.clear();
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> links) {
        jdbc.batchUpdate("INSERT INTO genealogy_link (parent_type, parent_id, child_type, child_id, quantity, unit,"
                + " linked_at, linked_by) VALUES (?, ?, ?, ?, ?, 'pcs', ?, 'bench')", links);
        links.clear();
    }

    private static Object[] link(String parentType, String parentId, String childType, String childId, int quantity,
                                 Timestamp at) {
        return new Object[] {parentType, parentId, childType, childId, quantity, at};
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value: --serials, --url, --user, --password, --rounds");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

}
