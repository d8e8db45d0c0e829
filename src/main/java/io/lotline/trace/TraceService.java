package io.lotline.trace;

import io.lotline.trace.GenealogyWalk.Link;
import io.lotline.trace.TraceRecords.Facts;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Forward and backward traces from any lot, batch, serial, shipment or supplier lot: the genealogy is walked in the
 * database, then the records reached are read in bulk and levelled breadth-first from the root.
 */
@Service
public class TraceService {
    private static final List<String> LOT_ITEM_TYPES = List.of("MATERIAL_LOT", "FINISHED_LOT");

    private final GenealogyWalk walk;
    private final TraceRecords records;
    private final JdbcTemplate jdbc;

    TraceService(GenealogyWalk walk, TraceRecords records, JdbcTemplate jdbc) {
        this.walk = walk;
        this.records = records;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Trace forward(String id) {
        return trace(id, TraceDirection.FORWARD);
    }

    @Transactional(readOnly = true)
    public Trace backward(String id) {
        return trace(id, TraceDirection.BACKWARD);
    }

    @Transactional(readOnly = true)
    public Trace trace(String id, TraceDirection direction) {
        long started = System.nanoTime();
        Root root = resolve(id);
        List<Link> links = walk.from(root.id(), root.itemTypes(), direction);
        Graph graph = new Graph(root, links, direction);
        if (direction == TraceDirection.FORWARD) {
            graph.addCustomers();
        }
        List<TraceNode> nodes = graph.levelledNodes();
        TraceNode rootNode = nodes.get(0);
        return new Trace(direction, rootNode, nodes, graph.edges(), graph.totals(nodes),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The lots, batches and shipments linked to a record in either direction, from the genealogy links alone: for
     * callers that need the records' ids, not a trace's statuses and details.
     */
    @Transactional(readOnly = true)
    public Reach reachBothWays(String id) {
        Root root = resolve(id);
        Reach reach = new Reach(new HashSet<>(), new HashSet<>(), new HashSet<>());
        reach.add(root.itemTypes().get(0), root.id());
        for (TraceDirection direction : TraceDirection.values()) {
            for (Link link : walk.from(root.id(), root.itemTypes(), direction)) {
                reach.add(link.parentType(), link.parentId());
                reach.add(link.childType(), link.childId());
            }
        }
        return reach;
    }

    /** Ids of the lots (received and finished), batches and shipments a record is linked to. */
    public record Reach(Set<String> lots, Set<String> batches, Set<String> shipments) {
        void add(String itemType, String id) {
            switch (itemType) {
                case "MATERIAL_LOT", "FINISHED_LOT" -> lots.add(id);
                case "BATCH" -> batches.add(id);
                case "SHIPMENT" -> shipments.add(id);
                default -> { } // supplier lots and serials are reached through their lots
            }
        }
    }

    /** The kind of record an id names, trying lots, batches, serials, shipments and supplier lots in that order. */
    Root resolve(String rawId) {
        if (!StringUtils.hasText(rawId)) {
            throw new InvalidInputException("id", "give a lot, batch, serial, shipment or supplier lot number");
        }
        String id = rawId.trim();
        List<String> origin = jdbc.queryForList("SELECT origin FROM material_lot WHERE lot_number = ?", String.class, id);
        if (!origin.isEmpty()) {
            return new Root("PRODUCED".equals(origin.get(0)) ? NodeType.FINISHED_LOT : NodeType.MATERIAL_LOT, id,
                    LOT_ITEM_TYPES);
        }
        if (exists("SELECT COUNT(*) FROM production_batch WHERE batch_number = ?", id)) {
            return new Root(NodeType.BATCH, id, List.of("BATCH"));
        }
        if (exists("SELECT COUNT(*) FROM serial_unit WHERE serial = ?", id)) {
            return new Root(NodeType.SERIAL, id, List.of("SERIAL"));
        }
        if (exists("SELECT COUNT(*) FROM shipment WHERE shipment_number = ?", id)) {
            return new Root(NodeType.SHIPMENT, id, List.of("SHIPMENT"));
        }
        if (exists("SELECT COUNT(*) FROM genealogy_link WHERE parent_type = 'SUPPLIER_LOT' AND parent_id = ?", id)) {
            return new Root(NodeType.SUPPLIER, id, List.of("SUPPLIER_LOT"));
        }
        List<String> supplierLots = jdbc.queryForList("SELECT DISTINCT s.code FROM material_lot l"
                + " JOIN supplier s ON s.id = l.supplier_id WHERE l.supplier_lot_number = ? ORDER BY s.code", String.class, id);
        if (supplierLots.size() == 1) {
            return new Root(NodeType.SUPPLIER, supplierLots.get(0) + "/" + id, List.of("SUPPLIER_LOT"));
        }
        if (supplierLots.size() > 1) {
            throw new InvalidInputException("id", "supplier lot " + id + " was received from several suppliers ("
                    + String.join(", ", supplierLots) + "): give it as <supplier code>/" + id);
        }
        throw new NotFoundException("No lot, batch, serial, shipment or supplier lot " + id);
    }

    private boolean exists(String countQuery, String id) {
        Long count = jdbc.queryForObject(countQuery, Long.class, id);
        return count != null && count > 0;
    }

    record Root(NodeType type, String id, List<String> itemTypes) {}

    /** The links of one trace as nodes and edges, with the facts of every record reached. */
    private final class Graph {
        private final Root root;
        private final TraceDirection direction;
        private final Map<String, Facts> lots;
        private final Map<String, Facts> batches;
        private final Map<String, Facts> serials;
        private final Map<String, Facts> shipments;
        private final Map<String, Facts> supplierLots;
        private Map<String, Facts> customers = Map.of();
        private final Map<String, TraceEdge> edges = new LinkedHashMap<>();

        Graph(Root root, List<Link> links, TraceDirection direction) {
            this.root = root;
            this.direction = direction;
            Map<String, Set<String>> idsByItemType = new HashMap<>();
            addId(idsByItemType, root.itemTypes().get(0), root.id());
            for (Link link : links) {
                addId(idsByItemType, link.parentType(), link.parentId());
                addId(idsByItemType, link.childType(), link.childId());
            }
            Set<String> lotNumbers = new HashSet<>(idsByItemType.getOrDefault("MATERIAL_LOT", Set.of()));
            lotNumbers.addAll(idsByItemType.getOrDefault("FINISHED_LOT", Set.of()));
            lots = records.lots(lotNumbers);
            batches = records.batches(idsByItemType.getOrDefault("BATCH", Set.of()));
            serials = records.serials(idsByItemType.getOrDefault("SERIAL", Set.of()));
            shipments = records.shipments(idsByItemType.getOrDefault("SHIPMENT", Set.of()));
            supplierLots = records.supplierLots(idsByItemType.getOrDefault("SUPPLIER_LOT", Set.of()));
            Set<Long> linkIds = new HashSet<>();
            for (Link link : links) {
                if (!linkIds.add(link.id())) {
                    continue; // H2 may return a link once per path that reaches it, even under UNION
                }
                addEdge(nodeType(link.parentType(), link.parentId()), link.parentId(),
                        nodeType(link.childType(), link.childId()), link.childId(), link.quantity());
            }
        }

        private static void addId(Map<String, Set<String>> idsByItemType, String itemType, String id) {
            idsByItemType.computeIfAbsent(itemType, type -> new HashSet<>()).add(id);
        }

        private void addEdge(NodeType fromType, String from, NodeType toType, String to, BigDecimal quantity) {
            String key = NodeKey.of(fromType, from) + ">" + NodeKey.of(toType, to);
            TraceEdge existing = edges.get(key);
            BigDecimal total = existing == null || existing.quantity() == null ? quantity
                    : quantity == null ? existing.quantity() : existing.quantity().add(quantity);
            edges.put(key, new TraceEdge(from, fromType, to, toType, total == null ? null : total.stripTrailingZeros()));
        }

        private NodeType nodeType(String itemType, String id) {
            return switch (itemType) {
                case "MATERIAL_LOT", "FINISHED_LOT" -> {
                    Facts lot = lots.get(id);
                    yield lot != null && "PRODUCED".equals(lot.details().get("origin")) ? NodeType.FINISHED_LOT
                            : NodeType.MATERIAL_LOT;
                }
                case "SUPPLIER_LOT" -> NodeType.SUPPLIER;
                default -> NodeType.valueOf(itemType);
            };
        }

        /** Forward traces end at the customers: one node per customer, reached from each shipment to them. */
        void addCustomers() {
            Map<String, BigDecimal> shippedPerShipment = new HashMap<>();
            for (TraceEdge edge : edges.values()) {
                if (edge.toType() == NodeType.SHIPMENT && edge.quantity() != null) {
                    shippedPerShipment.merge(edge.to(), edge.quantity(), BigDecimal::add);
                }
            }
            Set<String> codes = new HashSet<>();
            List<TraceEdge> shipmentEdges = new ArrayList<>(edges.values());
            for (TraceEdge edge : shipmentEdges) {
                if (edge.toType() == NodeType.SHIPMENT && shipments.containsKey(edge.to())) {
                    String customer = shipments.get(edge.to()).customerCode();
                    codes.add(customer);
                    String key = NodeKey.of(NodeType.SHIPMENT, edge.to()) + ">" + NodeKey.of(NodeType.CUSTOMER, customer);
                    edges.put(key, new TraceEdge(edge.to(), NodeType.SHIPMENT, customer, NodeType.CUSTOMER,
                            shippedPerShipment.get(edge.to())));
                }
            }
            customers = records.customers(codes);
        }

        List<TraceEdge> edges() {
            return List.copyOf(edges.values());
        }

        /** Nodes breadth-first from the root: a node's level is its shortest distance from the root. */
        List<TraceNode> levelledNodes() {
            boolean forward = direction == TraceDirection.FORWARD;
            Map<String, List<TraceEdge>> leaving = new HashMap<>();
            for (TraceEdge edge : edges.values()) {
                String start = forward ? NodeKey.of(edge.fromType(), edge.from()) : NodeKey.of(edge.toType(), edge.to());
                leaving.computeIfAbsent(start, key -> new ArrayList<>()).add(edge);
            }
            List<TraceNode> nodes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Deque<TraceNode> queue = new ArrayDeque<>();
            TraceNode rootNode = node(root.type(), root.id(), 0);
            queue.add(rootNode);
            seen.add(rootNode.key());
            while (!queue.isEmpty()) {
                TraceNode node = queue.poll();
                nodes.add(node);
                for (TraceEdge edge : leaving.getOrDefault(node.key(), List.of())) {
                    TraceNode reached = forward ? node(edge.toType(), edge.to(), node.level() + 1)
                            : node(edge.fromType(), edge.from(), node.level() + 1);
                    if (seen.add(reached.key())) {
                        queue.add(reached);
                    }
                }
            }
            nodes.subList(1, nodes.size()).sort(Comparator.comparingInt(TraceNode::level)
                    .thenComparing(TraceNode::type).thenComparing(TraceNode::id));
            return nodes;
        }

        private TraceNode node(NodeType type, String id, int level) {
            Facts facts = facts(type, id);
            return new TraceNode(type, id, facts == null ? null : facts.status(), level,
                    facts == null ? Map.of() : facts.details());
        }

        private Facts facts(NodeType type, String id) {
            return switch (type) {
                case MATERIAL_LOT, FINISHED_LOT -> lots.get(id);
                case BATCH -> batches.get(id);
                case SERIAL -> serials.get(id);
                case SHIPMENT -> shipments.get(id);
                case SUPPLIER -> supplierLots.get(id);
                case CUSTOMER -> customers.get(id);
            };
        }

        /**
         * Units are counted where they are identified: each serial once; a finished lot without serials in the trace
         * (lot-tracked) by what reached it along the trace, or by its made quantity when it is the root.
         */
        TraceTotals totals(List<TraceNode> nodes) {
            Set<String> finishedLotsWithSerials = new HashSet<>();
            edges.values().stream().filter(e -> e.fromType() == NodeType.FINISHED_LOT && e.toType() == NodeType.SERIAL)
                    .forEach(e -> finishedLotsWithSerials.add(e.from()));
            // a finished lot split by a disposition holds nothing itself: its units are counted in its parts
            Set<String> splitInTrace = new HashSet<>();
            edges.values().stream().filter(e -> e.fromType() == NodeType.FINISHED_LOT && e.toType() == NodeType.FINISHED_LOT)
                    .forEach(e -> splitInTrace.add(e.from()));
            Map<NodeType, Long> counts = new HashMap<>();
            BigDecimal units = BigDecimal.ZERO;
            BigDecimal inPlant = BigDecimal.ZERO;
            BigDecimal scrapped = BigDecimal.ZERO;
            for (TraceNode node : nodes) {
                counts.merge(node.type(), 1L, Long::sum);
                if (node.type() == NodeType.SERIAL && serials.containsKey(node.id())) {
                    units = units.add(BigDecimal.ONE);
                    inPlant = inPlant.add(serials.get(node.id()).inPlant());
                    scrapped = scrapped.add(serials.get(node.id()).scrapped());
                } else if (node.type() == NodeType.FINISHED_LOT && !finishedLotsWithSerials.contains(node.id())
                        && !splitInTrace.contains(node.id()) && lots.containsKey(node.id())) {
                    BigDecimal[] reached = lotTrackedUnits(node.id());
                    units = units.add(reached[0]);
                    inPlant = inPlant.add(reached[1]);
                    scrapped = scrapped.add(reached[2]);
                }
            }
            return new TraceTotals(units.stripTrailingZeros(), units.subtract(inPlant).subtract(scrapped).stripTrailingZeros(),
                    inPlant.stripTrailingZeros(), scrapped.stripTrailingZeros(),
                    counts.getOrDefault(NodeType.MATERIAL_LOT, 0L) + counts.getOrDefault(NodeType.FINISHED_LOT, 0L),
                    counts.getOrDefault(NodeType.BATCH, 0L), counts.getOrDefault(NodeType.SHIPMENT, 0L),
                    counts.getOrDefault(NodeType.CUSTOMER, 0L));
        }

        /** {units, of which in the plant, of which scrapped or returned} of a finished lot without serials. */
        private BigDecimal[] lotTrackedUnits(String lotNumber) {
            Facts lot = lots.get(lotNumber);
            if (root.type() == NodeType.FINISHED_LOT && root.id().equals(lotNumber)) {
                return new BigDecimal[] {lot.made(), lot.inPlant(), lot.scrapped()};
            }
            if (direction == TraceDirection.BACKWARD) { // reached from a shipment: what it shipped
                BigDecimal shipped = quantityOnEdges(edge -> edge.fromType() == NodeType.FINISHED_LOT
                        && edge.from().equals(lotNumber) && edge.toType() == NodeType.SHIPMENT);
                return new BigDecimal[] {shipped, BigDecimal.ZERO, BigDecimal.ZERO};
            }
            BigDecimal made = quantityOnEdges(edge -> edge.toType() == NodeType.FINISHED_LOT && edge.to().equals(lotNumber)
                    && (edge.fromType() == NodeType.BATCH || edge.fromType() == NodeType.FINISHED_LOT)); // made, or split off
            BigDecimal inPlant = made.min(lot.inPlant());
            return new BigDecimal[] {made, inPlant, made.subtract(inPlant).min(lot.scrapped())};
        }

        private BigDecimal quantityOnEdges(Predicate<TraceEdge> which) {
            return edges.values().stream().filter(which).map(TraceEdge::quantity).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
