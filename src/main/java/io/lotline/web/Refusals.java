package io.lotline.web;

import io.lotline.traceability.LotlineException;
import java.util.UUID;
import org.slf4j.Logger;
import org.springframework.dao.ConcurrencyFailureException;

final class Refusals {
    static final String CHANGED_MEANWHILE =
            "The record was changed by someone else at the same time; reload it and try again. Nothing was changed.";

    private Refusals() {}

    /** The refusal behind an exception, also when the process engine or a proxy wrapped it. */
    static LotlineException find(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof LotlineException refusal) {
                return refusal;
            }
        }
        return null;
    }

    /**
     * Whether the request lost a race with another writer of the same rows: a stale version, or a lock the database
     * would not grant (a deadlock victim, a lock wait timeout). Its transaction was rolled back, so a retry is safe.
     */
    static boolean isConcurrentChange(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    static String logUnexpected(Logger log, Exception exception) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, exception);
        return reference;
    }
}
