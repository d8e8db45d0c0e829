package io.lotline.web;

import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.LotlineException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.springframework.dao.ConcurrencyFailureException;

/** What kind of failure an exception is: a refusal the user can act on, or a lost race that may be tried again. */
public final class Refusals {
    static final String CHANGED_MEANWHILE =
            "The record was changed by someone else at the same time; reload it and try again. Nothing was changed.";

    private static final int MAX_LOGGED_MESSAGE = 300;

    private Refusals() {}

    /** The refusal behind an exception, also when the process engine or a proxy wrapped it. */
    public static LotlineException find(Throwable exception) {
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
    public static boolean isConcurrentChange(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A request that lost a race ({@code kind}: "lost a race", or "integrity" for a unique key another writer took
     * first) is tried again by {@link TransientLossRetry} while it may be; only the 409 that is finally answered is
     * logged, in one line.
     */
    static void lostRace(Logger log, HttpServletRequest request, String kind, Throwable loss) {
        if (!TransientLossRetry.willRetry(request, loss)) {
            logConflict(log, request, kind + TransientLossRetry.triesOf(request) + ": " + rootMessage(loss));
        }
    }

    /** A real conflict is expected in a plant: one WARN line (who, what, why), never a stack trace. */
    static void logConflict(Logger log, HttpServletRequest request, String why) {
        log.warn("409 {} {} by {}: {}", request.getMethod(), request.getRequestURI(), CurrentUser.id(), why);
    }

    /** The innermost cause's message, for a one-line log; cut short where a database quotes a whole row. */
    static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return message.length() <= MAX_LOGGED_MESSAGE ? message : message.substring(0, MAX_LOGGED_MESSAGE) + "…";
    }

    static String logUnexpected(Logger log, Exception exception) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, exception);
        return reference;
    }
}
