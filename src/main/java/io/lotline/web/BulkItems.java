package io.lotline.web;

import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.LotlineException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;

/**
 * Runs the items of a bulk request one by one, each in its own transaction, so that one bad item never blocks the
 * others: each answers its own result or its own problem (409, 422), in the request's order. An item that loses a
 * race with another writer is tried again, as a single request would be ({@value TransientLossRetry#MAX_TRIES}
 * tries); an unexpected error still ends the whole request with a 500, and the items before it stay committed — the
 * client sends the request again, and the items' idempotency keys keep them from being created twice.
 */
public final class BulkItems {
    private static final Logger LOG = LoggerFactory.getLogger(BulkItems.class);

    private BulkItems() {}

    public static <T> BulkItemResult<T> run(String operation, int index, Supplier<ResponseEntity<T>> item) {
        for (int tried = 1; ; tried++) {
            try {
                ResponseEntity<T> answer = item.get();
                return new BulkItemResult<>(index, answer.getStatusCode().value(), answer.getBody(), null);
            } catch (RuntimeException failure) {
                LotlineException refusal = Refusals.find(failure);
                if (refusal != null) {
                    return new BulkItemResult<>(index, refusal.status().value(), null, Problems.of(refusal));
                }
                boolean lostARace = Refusals.isConcurrentChange(failure)
                        || failure instanceof DataIntegrityViolationException;
                if (!lostARace) {
                    throw failure;
                }
                if (tried == TransientLossRetry.MAX_TRIES) {
                    LOG.warn("409 {} item {} by {}: lost a race ({} tries): {}", operation, index, CurrentUser.id(),
                            tried, Refusals.rootMessage(failure));
                    return new BulkItemResult<>(index, 409, null, Problems.changedMeanwhile());
                }
            }
        }
    }
}
