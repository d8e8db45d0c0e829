package io.lotline.exports;

import io.lotline.exports.CriticalTrackingEvent.LotQuantity;
import io.lotline.trace.TraceService;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The critical tracking events of a lot: receiving, transformation and shipping of every lot, batch and shipment in
 * its backward and forward trace, so one export answers "where did it come from and where did it go".
 */
@Service
public class CriticalTrackingEvents {
    private final TraceService traces;
    private final LotStatusService lotStatus;
    private final NamedParameterJdbcTemplate jdbc;

    CriticalTrackingEvents(TraceService traces, LotStatusService lotStatus, NamedParameterJdbcTemplate jdbc) {
        this.traces = traces;
        this.lotStatus = lotStatus;
        this.jdbc = jdbc;
    }

    /** @param from first day (UTC, inclusive), or blank; @param to last day (inclusive), or blank */
    @Transactional(readOnly = true)
    public List<CriticalTrackingEvent> forLot(String lotNumber, String from, String to) {
        if (!StringUtils.hasText(lotNumber)) {
            throw new InvalidInputException("lotNumber", "give the lot number to export");
        }
        Instant start = day(from, "from", 0);
        Instant end = day(to, "to", 1);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidInputException("to", "the end of the date range is before its start");
        }
        if (!lotStatus.exists(lotNumber.trim())) {
            throw new NotFoundException("No lot " + lotNumber.trim());
        }
        TraceService.Reach reach = traces.reachBothWays(lotNumber.trim());
        List<CriticalTrackingEvent> events = new ArrayList<>();
        events.addAll(receiving(reach.lots()));
        events.addAll(transformations(reach.batches()));
        events.addAll(shipping(reach.shipments(), reach.lots()));
        return events.stream()
                .filter(e -> (start == null || !e.time().isBefore(start)) && (end == null || e.time().isBefore(end)))
                .sorted(Comparator.comparing(CriticalTrackingEvent::time).thenComparing(CriticalTrackingEvent::kind))
                .toList();
    }

    private static Instant day(String text, String field, int plusDays) {
        if (!StringUtils.hasText(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "expected a date like 2026-11-21, got " + text);
        }
    }

    /** A receipt is where the genealogy links a supplier lot to the lot it became (split children are not receipts). */
    private List<CriticalTrackingEvent> receiving(Set<String> lots) {
        if (lots.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT l.lot_number, l.received_at, l.received_quantity, l.unit, l.purchase_order, l.supplier_lot_number,
                       s.code, s.name, m.part_number, m.description, m.gtin
                  FROM genealogy_link g
                  JOIN material_lot l ON l.lot_number = g.child_id
                  JOIN material m ON m.id = l.material_id
                  JOIN supplier s ON s.id = l.supplier_id
                 WHERE g.parent_type = 'SUPPLIER_LOT' AND g.child_type = 'MATERIAL_LOT' AND g.child_id IN (:lots)
                """, Map.of("lots", lots), (rs, row) -> new CriticalTrackingEvent(TrackingEventKind.RECEIVING,
                instant(rs, "received_at"), rs.getString("lot_number"), rs.getString("part_number"),
                rs.getString("description"), rs.getString("gtin"), rs.getBigDecimal("received_quantity"),
                rs.getString("unit"), "PURCHASE_ORDER", rs.getString("purchase_order"), rs.getString("code"),
                rs.getString("name"), rs.getString("supplier_lot_number"), null, null, null,
                rs.getString("purchase_order"), List.of(), List.of()));
    }

    private List<CriticalTrackingEvent> transformations(Set<String> batches) {
        if (batches.isEmpty()) {
            return List.of();
        }
        Map<String, List<LotQuantity>> inputs = new HashMap<>();
        jdbc.query("""
                SELECT b.batch_number, l.lot_number, m.part_number, m.gtin, SUM(c.quantity) AS quantity, c.unit
                  FROM material_consumption c
                  JOIN production_batch b ON b.id = c.batch_id
                  JOIN material_lot l ON l.id = c.lot_id
                  JOIN material m ON m.id = l.material_id
                 WHERE b.batch_number IN (:batches)
                 GROUP BY b.batch_number, l.lot_number, m.part_number, m.gtin, c.unit
                 ORDER BY l.lot_number
                """, Map.of("batches", batches), rs -> {
            inputs.computeIfAbsent(rs.getString("batch_number"), b -> new ArrayList<>()).add(new LotQuantity(
                    rs.getString("lot_number"), rs.getString("part_number"), rs.getString("gtin"),
                    rs.getBigDecimal("quantity"), rs.getString("unit")));
        });
        Map<String, List<String>> serials = new HashMap<>();
        jdbc.query("SELECT batch_number, serial FROM serial_unit WHERE batch_number IN (:batches) ORDER BY id",
                Map.of("batches", batches), rs -> {
                    serials.computeIfAbsent(rs.getString(1), b -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.query("""
                SELECT b.batch_number, b.completed_at, g.quantity, l.lot_number, l.unit, m.part_number, m.description,
                       m.gtin
                  FROM production_batch b
                  JOIN genealogy_link g ON g.parent_type = 'BATCH' AND g.parent_id = b.batch_number
                                       AND g.child_type = 'FINISHED_LOT'
                  JOIN material_lot l ON l.lot_number = g.child_id
                  JOIN material m ON m.id = l.material_id
                 WHERE b.batch_number IN (:batches) AND b.completed_at IS NOT NULL
                """, Map.of("batches", batches), (rs, row) -> new CriticalTrackingEvent(TrackingEventKind.TRANSFORMATION,
                instant(rs, "completed_at"), rs.getString("lot_number"), rs.getString("part_number"),
                rs.getString("description"), rs.getString("gtin"), rs.getBigDecimal("quantity"), rs.getString("unit"),
                "BATCH", rs.getString("batch_number"), null, null, null, null, null, null, null,
                List.copyOf(inputs.getOrDefault(rs.getString("batch_number"), List.of())),
                List.copyOf(serials.getOrDefault(rs.getString("batch_number"), List.of()))));
    }

    /** One event per shipment and lot shipped in it, with the serials of that lot in the shipment. */
    private List<CriticalTrackingEvent> shipping(Set<String> shipments, Set<String> lots) {
        if (shipments.isEmpty() || lots.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> serials = new HashMap<>();
        jdbc.query("""
                SELECT sh.shipment_number, l.lot_number, s.serial
                  FROM shipment_line sl
                  JOIN shipment sh ON sh.id = sl.shipment_id
                  JOIN material_lot l ON l.id = sl.lot_id
                  JOIN serial_unit s ON s.id = sl.serial_id
                 WHERE sh.shipment_number IN (:shipments) AND l.lot_number IN (:lots)
                 ORDER BY sl.line_no
                """, Map.of("shipments", shipments, "lots", lots), rs -> {
            serials.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
        });
        return jdbc.query("""
                SELECT sh.shipment_number, sh.shipped_at, sh.order_number, sh.ship_to, c.code, c.name, l.lot_number,
                       m.part_number, m.description, m.gtin, SUM(sl.quantity) AS quantity, sl.unit
                  FROM shipment_line sl
                  JOIN shipment sh ON sh.id = sl.shipment_id
                  JOIN customer c ON c.id = sh.customer_id
                  JOIN material_lot l ON l.id = sl.lot_id
                  JOIN material m ON m.id = l.material_id
                 WHERE sh.shipment_number IN (:shipments) AND l.lot_number IN (:lots)
                 GROUP BY sh.shipment_number, sh.shipped_at, sh.order_number, sh.ship_to, c.code, c.name, l.lot_number,
                          m.part_number, m.description, m.gtin, sl.unit
                """, Map.of("shipments", shipments, "lots", lots), (rs, row) -> new CriticalTrackingEvent(
                TrackingEventKind.SHIPPING, instant(rs, "shipped_at"), rs.getString("lot_number"),
                rs.getString("part_number"), rs.getString("description"), rs.getString("gtin"),
                rs.getBigDecimal("quantity"), rs.getString("unit"), "SHIPMENT", rs.getString("shipment_number"), null,
                null, null, rs.getString("code"), rs.getString("name"), rs.getString("ship_to"),
                rs.getString("order_number"), List.of(),
                List.copyOf(serials.getOrDefault(rs.getString("shipment_number") + "|" + rs.getString("lot_number"),
                        List.of()))));
    }

    /** Hibernate stores instants as UTC date-times (hibernate.jdbc.time_zone), whatever the JVM's zone. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
