package io.lotline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One link of the append-only audit chain. Never updated or deleted by the application. */
@Entity
@Immutable
public class AuditEntry {
    @Id
    private Long id;

    private Instant occurredAt;
    private String userId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String entityType;
    private String entityId;
    private String lotNumber;

    @Column(columnDefinition = "longtext") // as in V1: LONGTEXT on MariaDB, an unbounded VARCHAR on H2
    private String changes;

    private String reason;
    private String processInstanceId;
    private String previousHash;
    private String hash;

    protected AuditEntry() {}

    AuditEntry(long sequence, Instant occurredAt, String userId, AuditAction action, String entityType, String entityId,
               String lotNumber, String changes, String reason, String processInstanceId, String previousHash) {
        this.id = sequence;
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.lotNumber = lotNumber;
        this.changes = changes;
        this.reason = reason;
        this.processInstanceId = processInstanceId;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** SHA-256 over every field and the previous entry's hash: changing any stored value breaks the chain here. */
    public String computeHash() {
        String content = String.join("\u001f",
                String.valueOf(id), occurredAt.toString(), userId, action.name(), entityType, entityId,
                String.valueOf(lotNumber), String.valueOf(changes), String.valueOf(reason),
                String.valueOf(processInstanceId), previousHash);
        return Sha256.hex(content);
    }

    public long getSequence() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUserId() {
        return userId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
