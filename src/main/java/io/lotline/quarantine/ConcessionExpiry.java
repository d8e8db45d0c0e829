package io.lotline.quarantine;

import io.lotline.workflow.Workflow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Schedules the end of a concession: the {@code concession-expiry} process waits until the day after the concession's
 * last valid day (00:00 UTC), then quarantines whatever quantity is left.
 */
@Component
public class ConcessionExpiry {
    public static final String PROCESS_KEY = "concession-expiry";

    /** Which record granted the concession. */
    public enum Source { INSPECTION, DISPOSITION, LOT_RELEASE }

    private final Workflow workflow;

    public ConcessionExpiry(Workflow workflow) {
        this.workflow = workflow;
    }

    public void schedule(String lotNumber, Source source, long recordId, LocalDate validUntil) {
        workflow.start(PROCESS_KEY, lotNumber, Map.of(
                Workflow.LOT_NUMBER, lotNumber,
                "concessionSource", source.name(),
                "concessionId", recordId,
                "validUntil", validUntil.toString(),
                "expiresAt", Date.from(validUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
    }
}
