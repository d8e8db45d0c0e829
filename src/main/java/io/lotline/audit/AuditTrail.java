package io.lotline.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.traceability.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends audit entries to the hash chain inside the caller's transaction, so a change and its entry commit together. */
@Service
public class AuditTrail {
    private static final TypeReference<Map<String, Map<String, String>>> CHANGES = new TypeReference<>() {};

    @PersistenceContext
    private EntityManager entityManager;

    private final AuditEntryRepository entries;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public AuditTrail(AuditEntryRepository entries, ObjectMapper objectMapper, Clock clock) {
        this.entries = entries;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry(head.getLastSequence() + 1,
                clock.instant().truncatedTo(ChronoUnit.MICROS), // the database keeps microseconds; the hash must survive the round trip
                CurrentUser.id(), event.action, event.entityType, event.entityId, event.lotNumber,
                event.changes.isEmpty() ? null : toJson(event.changes), event.reason, event.processInstanceId,
                head.getLastHash());
        entityManager.persist(entry);
        head.advance(entry);
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> forLot(String lotNumber) {
        return entries.findByLotNumberOrderByIdAsc(lotNumber).stream().map(this::view).toList();
    }

    private AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.getSequence(), e.getOccurredAt(), e.getUserId(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getLotNumber(), e.getChanges() == null ? Map.of() : fromJson(e.getChanges()),
                e.getReason(), e.getProcessInstanceId(), e.getPreviousHash(), e.getHash());
    }

    private String toJson(Map<String, Map<String, String>> changes) {
        try {
            return objectMapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes are plain strings and always serialise", e);
        }
    }

    private Map<String, Map<String, String>> fromJson(String changes) {
        try {
            return objectMapper.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit changes are not valid JSON", e);
        }
    }
}
