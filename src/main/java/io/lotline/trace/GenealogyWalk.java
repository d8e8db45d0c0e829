package io.lotline.trace;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every genealogy link reachable from one node, in one recursive query: the database follows the links, so a trace
 * costs one index lookup per link it returns, not one round trip per node. UNION (not UNION ALL) keeps each link
 * once however many paths lead to it.
 */
@Component
class GenealogyWalk {
    /** A link as stored: {@code parentType}/{@code childType} are genealogy item types. */
    record Link(long id, String parentType, String parentId, String childType, String childId, BigDecimal quantity) {}

    // A lot is recorded as MATERIAL_LOT where it is issued or split and as FINISHED_LOT where it is produced or shipped:
    // the walk treats both as the same node.
    private static final String SAME_NODE = """
            (%1$s_type = r.%2$s_type OR (%1$s_type IN ('MATERIAL_LOT', 'FINISHED_LOT')
                                         AND r.%2$s_type IN ('MATERIAL_LOT', 'FINISHED_LOT')))""";

    private static final String FORWARD = """
            WITH RECURSIVE reached (id, parent_type, parent_id, child_type, child_id, quantity) AS (
                SELECT id, parent_type, parent_id, child_type, child_id, quantity FROM genealogy_link
                 WHERE parent_id = ? AND parent_type IN (?, ?)
                UNION
                SELECT g.id, g.parent_type, g.parent_id, g.child_type, g.child_id, g.quantity
                  FROM genealogy_link g JOIN reached r ON g.parent_id = r.child_id AND %s
            )
            SELECT id, parent_type, parent_id, child_type, child_id, quantity FROM reached
            """.formatted(SAME_NODE.formatted("g.parent", "child"));

    private static final String BACKWARD = """
            WITH RECURSIVE reached (id, parent_type, parent_id, child_type, child_id, quantity) AS (
                SELECT id, parent_type, parent_id, child_type, child_id, quantity FROM genealogy_link
                 WHERE child_id = ? AND child_type IN (?, ?)
                UNION
                SELECT g.id, g.parent_type, g.parent_id, g.child_type, g.child_id, g.quantity
                  FROM genealogy_link g JOIN reached r ON g.child_id = r.parent_id AND %s
            )
            SELECT id, parent_type, parent_id, child_type, child_id, quantity FROM reached
            """.formatted(SAME_NODE.formatted("g.child", "parent"));

    private final JdbcTemplate jdbc;

    GenealogyWalk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param itemTypes the genealogy item types the start id may be recorded under (one or two) */
    List<Link> from(String id, List<String> itemTypes, TraceDirection direction) {
        String first = itemTypes.get(0);
        String second = itemTypes.get(itemTypes.size() - 1);
        return jdbc.query(direction == TraceDirection.FORWARD ? FORWARD : BACKWARD,
                (rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6)),
                id, first, second);
    }
}
