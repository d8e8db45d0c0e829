package io.lotline.web;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;

/** The first response to a request sent with an Idempotency-Key, replayed to retries. */
@Entity
class IdempotencyRecord {
    @Embeddable
    record Key(String username, String operation, String idempotencyKey) implements Serializable {}

    @EmbeddedId
    private Key id;

    private String requestHash;
    private int responseStatus;
    private String responseBody;
    private Instant createdAt;

    protected IdempotencyRecord() {}

    IdempotencyRecord(Key id, String requestHash, int responseStatus, String responseBody, Instant createdAt) {
        this.id = id;
        this.requestHash = requestHash;
        this.responseStatus = responseStatus;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
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
