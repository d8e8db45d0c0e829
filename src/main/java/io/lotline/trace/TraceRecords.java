package io.lotline.trace;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Status and details of the records a trace reached, read in a few set queries per kind of record (ids in chunks, so
 * a trace of many thousand serials stays a handful of statements).
 */
@Component
class TraceRecords {
    private static final int CHUNK = 1000;

    /** Lot statuses whose quantity is out of stock without having been shipped. */
    private static final Set<String> SCRAPPED_OR_RETURNED = Set.of("SCRAPPED", "RETURNED");

    /**
     * What a trace shows of one record; the quantities are null where they do not apply. {@code scrapped} is what was
     * scrapped or returned to the supplier: neither in the plant nor shipped.
     */
    record Facts(String status, Map<String, String> details, BigDecimal made, BigDecimal inPlant, BigDecimal scrapped,
                 String customerCode) {
        static Facts of(String status, Map<String, String> details) {
            return new Facts(status, details, null, null, null, null);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    TraceRecords(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Lots by number; a lot's origin says whether it is a MATERIAL_LOT or a FINISHED_LOT. */
    Map<String, Facts> lots(Collection<String> lotNumbers) {
        return query(lotNumbers, """
                SELECT l.lot_number, l.origin, l.status, l.quantity, l.received_quantity, l.unit, l.supplier_lot_number,
                       l.expires_on, m.part_number, m.description, s.code AS supplier_code,
                       (SELECT i.decision FROM inspection i
                         WHERE i.id = (SELECT MAX(i2.id) FROM inspection i2 WHERE i2.lot_id = l.id)) AS inspection
                  FROM material_lot l
                  JOIN material m ON m.id = l.material_id
                  LEFT JOIN supplier s ON s.id = l.supplier_id
                 WHERE l.lot_number IN (:ids)
                """, row -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("origin", text(row.get("origin")));
            details.put("partNumber", text(row.get("part_number")));
            details.put("description", text(row.get("description")));
            details.put("supplier", text(row.get("supplier_code")));
            details.put("supplierLot", text(row.get("supplier_lot_number")));
            details.put("quantityLeft", plain(row.get("quantity")) + " " + row.get("unit"));
            details.put("expiresOn", text(row.get("expires_on")));
            details.put("inspection", text(row.get("inspection")));
            String status = text(row.get("status"));
            BigDecimal left = (BigDecimal) row.get("quantity");
            boolean gone = SCRAPPED_OR_RETURNED.contains(status);
            return new Facts(status, details, (BigDecimal) row.get("received_quantity"), gone ? BigDecimal.ZERO : left,
                    gone ? left : BigDecimal.ZERO, null);
        });
    }

    /** Batches with the room they ran in (code and ISO class) and the excursions of that room they were exposed to. */
    Map<String, Facts> batches(Collection<String> batchNumbers) {
        Map<String, Set<String>> excursions = excursionsExposing(batchNumbers);
        return query(batchNumbers, """
                SELECT b.batch_number, b.status, b.machine_id, b.mold_id, b.cavities, b.shift, b.operator,
                       b.completed_at, m.part_number, r.code AS room_code, r.iso_class
                  FROM production_batch b JOIN material m ON m.id = b.product_id
                  LEFT JOIN room r ON r.id = b.room_id
                 WHERE b.batch_number IN (:ids)
                """, row -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("product", text(row.get("part_number")));
            details.put("machine", text(row.get("machine_id")));
            details.put("room", row.get("room_code") == null ? null
                    : row.get("room_code") + " (ISO " + row.get("iso_class") + ")");
            details.put("mold", text(row.get("mold_id")));
            details.put("cavities", text(row.get("cavities")));
            details.put("shift", text(row.get("shift")));
            details.put("operator", text(row.get("operator")));
            details.put("completedAt", text(row.get("completed_at")));
            Set<String> exposedTo = excursions.get(text(row.get("batch_number")));
            details.put("excursions", exposedTo == null ? null : String.join(", ", exposedTo));
            return Facts.of(text(row.get("status")), details);
        });
    }

    /**
     * The excursions each batch was exposed to, by the rule of the batch's record: those of its room whose period
     * overlaps its run (start to completion, to the signed rejection of a batch rejected on hold, or to now), and
     * those that held it.
     */
    private Map<String, Set<String>> excursionsExposing(Collection<String> batchNumbers) {
        Map<String, Set<String>> byBatch = new HashMap<>();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (List<String> chunk : chunks(batchNumbers)) {
            jdbc.query("""
                    SELECT b.batch_number, e.excursion_number
                      FROM production_batch b JOIN excursion e ON e.room_id = b.room_id
                     WHERE b.batch_number IN (:ids) AND b.started_at IS NOT NULL
                       AND e.started_at <= COALESCE(b.completed_at, (SELECT MAX(h.decided_at) FROM in_process_hold h
                            WHERE h.batch_id = b.id AND b.status = 'REJECTED'), :now)
                       AND (e.ended_at IS NULL OR e.ended_at >= b.started_at)
                    UNION
                    SELECT eb.batch_number, e.excursion_number
                      FROM excursion_batch eb JOIN excursion e ON e.id = eb.excursion_id
                     WHERE eb.batch_number IN (:ids)
                    """, Map.of("ids", chunk, "now", now), rs -> {
                byBatch.computeIfAbsent(rs.getString(1), batch -> new TreeSet<>()).add(rs.getString(2));
            });
        }
        return byBatch;
    }

    /** A serial still in the plant has the status of its lot; a shipped one is SHIPPED. */
    Map<String, Facts> serials(Collection<String> serials) {
        return query(serials, """
                SELECT s.serial, s.status, s.cavity, s.batch_number, s.gtin, l.lot_number, l.status AS lot_status
                  FROM serial_unit s JOIN material_lot l ON l.id = s.lot_id
                 WHERE s.serial IN (:ids)
                """, row -> {
            boolean shipped = "SHIPPED".equals(row.get("status"));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("gtin", text(row.get("gtin")));
            details.put("lot", text(row.get("lot_number")));
            details.put("batch", text(row.get("batch_number")));
            details.put("cavity", text(row.get("cavity")));
            String status = shipped ? "SHIPPED" : text(row.get("lot_status"));
            boolean gone = SCRAPPED_OR_RETURNED.contains(status);
            return new Facts(status, details, BigDecimal.ONE, shipped || gone ? BigDecimal.ZERO : BigDecimal.ONE,
                    gone ? BigDecimal.ONE : BigDecimal.ZERO, null);
        });
    }

    Map<String, Facts> shipments(Collection<String> shipmentNumbers) {
        return query(shipmentNumbers, """
                SELECT sh.shipment_number, sh.order_number, sh.ship_to, sh.shipped_at, c.code, c.name
                  FROM shipment sh JOIN customer c ON c.id = sh.customer_id
                 WHERE sh.shipment_number IN (:ids)
                """, row -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("customer", text(row.get("code")));
            details.put("customerName", text(row.get("name")));
            details.put("order", text(row.get("order_number")));
            details.put("shipTo", text(row.get("ship_to")));
            details.put("shippedAt", text(row.get("shipped_at")));
            return new Facts("SHIPPED", details, null, null, null, text(row.get("code")));
        });
    }

    Map<String, Facts> customers(Collection<String> codes) {
        return query(codes, "SELECT code, name, address FROM customer WHERE code IN (:ids)", row -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("name", text(row.get("name")));
            details.put("address", text(row.get("address")));
            return Facts.of("CUSTOMER", details);
        });
    }

    /** Supplier lots by {@code <supplier code>/<supplier lot number>}; the status is the supplier's. */
    Map<String, Facts> supplierLots(Collection<String> supplierLotIds) {
        Map<String, List<String>> idsByCode = new HashMap<>();
        supplierLotIds.forEach(id -> idsByCode.computeIfAbsent(supplierCodeOf(id), code -> new ArrayList<>()).add(id));
        Map<String, Facts> bySupplierLot = new HashMap<>();
        query(idsByCode.keySet(), "SELECT code, name, status FROM supplier WHERE code IN (:ids)", row -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("supplier", text(row.get("code")));
            details.put("supplierName", text(row.get("name")));
            return Facts.of(text(row.get("status")), details);
        }).forEach((code, facts) -> idsByCode.get(code).forEach(id -> {
            Map<String, String> details = new LinkedHashMap<>(facts.details());
            details.put("supplierLot", id.substring(code.length() + 1));
            bySupplierLot.put(id, Facts.of(facts.status(), details));
        }));
        return bySupplierLot;
    }

    static String supplierCodeOf(String supplierLotId) {
        int slash = supplierLotId.indexOf('/');
        return slash < 0 ? supplierLotId : supplierLotId.substring(0, slash);
    }

    /** The ids in chunks of {@value #CHUNK}, each small enough for one IN list. */
    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** Runs {@code sql} (first column: the id) for the ids in chunks; ids it does not find are simply absent. */
    private Map<String, Facts> query(Collection<String> ids, String sql, Function<Map<String, Object>, Facts> facts) {
        Map<String, Facts> found = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            jdbc.query(sql, Map.of("ids", chunk), rs -> {
                Map<String, Object> row = new HashMap<>();
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    row.put(rs.getMetaData().getColumnLabel(column).toLowerCase(), rs.getObject(column));
                }
                found.put(rs.getString(1), facts.apply(row));
            });
        }
        return found;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String plain(Object decimal) {
        return ((BigDecimal) decimal).stripTrailingZeros().toPlainString();
    }
}
