package io.lotline.production.batch;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Statuses of a molding run and the only table of legal transitions between them. */
public enum BatchStatus {
    PLANNED,
    RUNNING,
    ON_HOLD,
    COMPLETED,
    REJECTED;

    private static final Map<BatchStatus, Set<BatchStatus>> LEGAL_TARGETS = Map.of(
            PLANNED, EnumSet.of(RUNNING),
            RUNNING, EnumSet.of(ON_HOLD, COMPLETED),
            // a hold returns the batch to the status it was held in: RUNNING, or COMPLETED awaiting its lot's release
            ON_HOLD, EnumSet.of(RUNNING, COMPLETED, REJECTED),
            COMPLETED, EnumSet.of(ON_HOLD),
            REJECTED, EnumSet.noneOf(BatchStatus.class));

    public boolean canChangeTo(BatchStatus target) {
        return LEGAL_TARGETS.get(this).contains(target);
    }
}
