package io.lotline.traceability;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Lot statuses and the only table of legal transitions between them. */
public enum LotStatus {
    IN_INSPECTION,
    RELEASED,
    CONDITIONALLY_RELEASED,
    QUARANTINED,
    REJECTED,
    RETURNED,
    SCRAPPED,
    CONSUMED,
    EXPIRED;

    private static final Map<LotStatus, Set<LotStatus>> LEGAL_TARGETS = Map.of(
            IN_INSPECTION, EnumSet.of(RELEASED, CONDITIONALLY_RELEASED, QUARANTINED, REJECTED),
            RELEASED, EnumSet.of(QUARANTINED, CONSUMED, EXPIRED),
            CONDITIONALLY_RELEASED, EnumSet.of(QUARANTINED, CONSUMED, EXPIRED),
            // CONSUMED: split into child lots; RELEASED, CONDITIONALLY_RELEASED, EXPIRED: only by the lot's quarantine process
            QUARANTINED, EnumSet.of(RELEASED, CONDITIONALLY_RELEASED, EXPIRED, IN_INSPECTION, RETURNED, SCRAPPED, REJECTED,
                    CONSUMED),
            REJECTED, EnumSet.of(QUARANTINED, RETURNED, SCRAPPED),
            EXPIRED, EnumSet.of(QUARANTINED, SCRAPPED, RETURNED),
            RETURNED, EnumSet.noneOf(LotStatus.class),
            SCRAPPED, EnumSet.noneOf(LotStatus.class),
            CONSUMED, EnumSet.noneOf(LotStatus.class));

    public boolean canChangeTo(LotStatus target) {
        return LEGAL_TARGETS.get(this).contains(target);
    }

    /** Material in these states may be issued or shipped. */
    public boolean isUsable() {
        return this == RELEASED || this == CONDITIONALLY_RELEASED;
    }
}
