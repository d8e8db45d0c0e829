package io.lotline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.audit.Sha256;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a creating request at most once per (user, operation, Idempotency-Key). The stored response is written in
 * the same transaction as the records it describes, so a retry sees either both or neither; two racing first
 * attempts collide on the primary key and only one commits.
 */
@Service
public class IdempotentRequests {
    private static final int MAX_KEY_LENGTH = 100;

    private final IdempotencyRecordRepository records;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public IdempotentRequests(IdempotencyRecordRepository records, ObjectMapper objectMapper, Clock clock) {
        this.records = records;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional
    public <T> ResponseEntity<T> create(String operation, String idempotencyKey, Object request, Class<T> responseType,
                                        Supplier<T> action) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        var key = new IdempotencyRecord.Key(CurrentUser.id(), operation, idempotencyKey);
        String requestHash = Sha256.hex(json(request));
        var earlier = records.findById(key);
        if (earlier.isPresent()) {
            if (!earlier.get().getRequestHash().equals(requestHash)) {
                throw new InvalidInputException("Idempotency-Key", "was already used for a different request; "
                        + "use a new key for a new request");
            }
            return ResponseEntity.status(earlier.get().getResponseStatus()).body(read(earlier.get().getResponseBody(), responseType));
        }
        T response = action.get();
        records.save(new IdempotencyRecord(key, requestHash, HttpStatus.CREATED.value(), json(response), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED).body(response);
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request and response records always serialise", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return objectMapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored response no longer matches " + type.getSimpleName(), e);
        }
    }
}
