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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Appends audit entries to the hash chain inside the caller's transaction, so a change and its entry commit together. */
@Service
public class AuditTrail {
    private static final String GENESIS_HASH = "0".repeat(64);
    private static final int VERIFY_PAGE = 1000;
    private static final TypeReference<Map<String, Map<String, String>>> CHANGES = new TypeReference<>() {};
    private static final PersistenceExceptionTranslator JPA_EXCEPTIONS = new HibernateJpaDialect();

    @PersistenceContext
    private EntityManager entityManager;

    private final AuditEntryRepository entries;
    private final AuditCheckpoints checkpoints;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public AuditTrail(AuditEntryRepository entries, AuditCheckpoints checkpoints, ObjectMapper objectMapper,
                      Clock clock) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * Records the event as part of the caller's transaction. The entry is appended to the chain just before that
     * transaction commits, after its other changes are flushed: the chain head's lock is then always the last lock a
     * writer takes, so a writer holding it never waits for a row another writer has locked, and two writers cannot
     * deadlock over it. It is still held until commit, so the chain's order is the order of commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        PendingEntry entry = new PendingEntry(CurrentUser.id(), event.action, event.entityType, event.entityId,
                event.lotNumber, event.changes.isEmpty() ? null : toJson(event.changes), event.reason,
                event.processInstanceId);
        AppendBeforeCommit append = appendOfThisTransaction();
        if (append.appended) {
            append(List.of(entry)); // recorded by a later before-commit callback: the head is already locked, append now
        } else {
            append.pending.add(entry);
        }
    }

    private AppendBeforeCommit appendOfThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof AppendBeforeCommit append) {
                return append;
            }
        }
        AppendBeforeCommit append = new AppendBeforeCommit();
        TransactionSynchronizationManager.registerSynchronization(append);
        return append;
    }

    /**
     * Before-commit callbacks run outside the repositories' exception translation, and this one flushes the whole
     * transaction: a unique key another writer took first, or a lock wait that timed out, must reach the web layer
     * as the data-access exception it is (a conflict to try again), not as an unexpected Hibernate error.
     */
    private void appendTranslatingFailures(List<PendingEntry> pending) {
        try {
            append(pending);
        } catch (RuntimeException failure) {
            DataAccessException translated = JPA_EXCEPTIONS.translateExceptionIfPossible(failure);
            throw translated != null ? translated : failure;
        }
    }

    private void append(List<PendingEntry> pending) {
        entityManager.flush();
        AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        for (PendingEntry p : pending) {
            AuditEntry entry = new AuditEntry(head.getLastSequence() + 1,
                    clock.instant().truncatedTo(ChronoUnit.MICROS), // the database keeps microseconds; the hash must survive the round trip
                    p.userId(), p.action(), p.entityType(), p.entityId(), p.lotNumber(), p.changes(), p.reason(),
                    p.processInstanceId(), head.getLastHash());
            entityManager.persist(entry);
            head.advance(entry);
        }
        entityManager.flush(); // not left to the commit: a read-only transaction does not flush, and would lose them
    }

    /** An event as it was when recorded; later changes to the {@link AuditEvent} object do not reach the chain. */
    private record PendingEntry(String userId, AuditAction action, String entityType, String entityId, String lotNumber,
                                String changes, String reason, String processInstanceId) {}

    /** Runs last among the transaction's before-commit callbacks, so every entry recorded until then is appended. */
    private final class AppendBeforeCommit implements TransactionSynchronization {
        private final List<PendingEntry> pending = new ArrayList<>();
        private boolean appended;

        @Override
        public void beforeCommit(boolean readOnly) {
            appendTranslatingFailures(pending);
            appended = true;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> forLot(String lotNumber) {
        return entries.findByLotNumberOrderByIdAsc(lotNumber).stream().map(this::view).toList();
    }

    /** The entries a process instance wrote (its decisions and signatures), oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntryView> forProcess(String processInstanceId) {
        return entries.findByProcessInstanceIdOrderByIdAsc(processInstanceId).stream().map(this::view).toList();
    }

    /** Newest first, one page at a time. */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> search(AuditQuery query, Pageable page) {
        return entries.search(query.entityType(), query.entityId(), query.user(), query.action(), query.lotNumber(),
                query.from(), query.to(), page).map(this::view);
    }

    /**
     * Recomputes every entry's hash from its stored content, in chain order, and checks each names its predecessor's
     * hash and the chain head names the last: an edited, inserted or deleted row breaks the chain where it happened.
     * Then compares the chain with every signed checkpoint, which catches a rewrite whose hashes were all recomputed.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        List<AuditCheckpoint> signed;
        try {
            signed = checkpoints.all();
        } catch (AuditCheckpoints.AlteredFile altered) {
            return new ChainVerification(false, 0, null, altered.getMessage(), 0);
        }
        Set<Long> checkpointed = signed.stream().map(AuditCheckpoint::sequence).collect(Collectors.toSet());
        Map<Long, String> hashAt = new HashMap<>();
        String expectedPrevious = GENESIS_HASH;
        long expectedSequence = 1;
        long checked = 0;
        List<AuditEntry> page;
        do {
            page = entries.findByIdGreaterThanEqualOrderByIdAsc(expectedSequence, PageRequest.of(0, VERIFY_PAGE));
            for (AuditEntry entry : page) {
                String problem = entry.getSequence() != expectedSequence ? "entry " + expectedSequence + " is missing"
                        : !entry.getPreviousHash().equals(expectedPrevious) ? "it does not name its predecessor's hash"
                        : !entry.getHash().equals(entry.computeHash()) ? "its content does not match its hash"
                        : null;
                if (problem != null) {
                    long broken = Math.min(entry.getSequence(), expectedSequence);
                    return new ChainVerification(false, checked, broken, problem, 0);
                }
                if (checkpointed.contains(entry.getSequence())) {
                    hashAt.put(entry.getSequence(), entry.getHash());
                }
                expectedPrevious = entry.getHash();
                expectedSequence++;
                checked++;
                entityManager.detach(entry);
            }
        } while (page.size() == VERIFY_PAGE);
        AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.getLastSequence() != checked || !head.getLastHash().equals(expectedPrevious)) {
            return new ChainVerification(false, checked, checked + 1,
                    "the chain head names entry " + head.getLastSequence() + ", the last entry found is " + checked, 0);
        }
        long entriesChecked = checked;
        return checkpoints.disagreement(signed, checked, hashAt)
                .map(d -> new ChainVerification(false, entriesChecked, d.entry(), d.problem(), signed.size()))
                .orElseGet(() -> new ChainVerification(true, entriesChecked, null, null, signed.size()));
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
