package io.lotline.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The single row that serialises appends: whoever holds its lock writes the next link. */
@Entity
class AuditChainHead {
    static final int ID = 1;

    @Id
    private Integer id;

    private long lastSequence;
    private String lastHash;

    protected AuditChainHead() {}

    long getLastSequence() {
        return lastSequence;
    }

    String getLastHash() {
        return lastHash;
    }

    void advance(AuditEntry entry) {
        this.lastSequence = entry.getSequence();
        this.lastHash = entry.getHash();
    }
}
