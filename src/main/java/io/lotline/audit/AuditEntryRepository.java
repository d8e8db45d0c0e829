package io.lotline.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
    List<AuditEntry> findByLotNumberOrderByIdAsc(String lotNumber);

    List<AuditEntry> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

    List<AuditEntry> findByIdGreaterThanEqualOrderByIdAsc(long firstId, Pageable page);

    /** The search's filters, shared by its query and its count. */
    String MATCHING = """
             WHERE (:entityType IS NULL OR e.entityType = :entityType)
               AND (:entityId IS NULL OR e.entityId = :entityId)
               AND (:userId IS NULL OR e.userId = :userId)
               AND (:action IS NULL OR e.action = :action)
               AND (:lotNumber IS NULL OR e.lotNumber = :lotNumber)
               AND (:from IS NULL OR e.occurredAt >= :from)
               AND (:to IS NULL OR e.occurredAt < :to)""";

    @Query(value = "SELECT e FROM AuditEntry e " + MATCHING + " ORDER BY e.id DESC",
            countQuery = "SELECT COUNT(e) FROM AuditEntry e " + MATCHING)
    Page<AuditEntry> search(String entityType, String entityId, String userId, AuditAction action, String lotNumber,
                            Instant from, Instant to, Pageable page);
}
