package io.lotline.web;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * The first response to a request sent with an Idempotency-Key, replayed to retries. A new record is always
 * inserted, never merged into a row another writer committed meanwhile: of two first attempts racing with one key,
 * the second then fails on the primary key and is rolled back, instead of overwriting the first one's response.
 */
@Entity
class IdempotencyRecord implements Persistable<IdempotencyRecord.Key> {
    @Embeddable
    record Key(String username, String operation, String idempotencyKey) implements Serializable {}

    @EmbeddedId
    private Key id;

    private String requestHash;
    private int responseStatus;
    private String responseBody;
    private Instant createdAt;
    @Transient
    private boolean stored;

    protected IdempotencyRecord() {}

    IdempotencyRecord(Key id, String requestHash, int responseStatus, String responseBody, Instant createdAt) {
        this.id = id;
        this.requestHash = requestHash;
        this.responseStatus = responseStatus;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
    }

    @Override
    public Key getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    String getRequestHash() {
        return requestHash;
    }

    int getResponseStatus() {
        return responseStatus;
    }

    String getResponseBody() {
        return responseBody;
    }
}
