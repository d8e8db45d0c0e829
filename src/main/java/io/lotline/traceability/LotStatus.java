package io.lotline.traceability;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Lot statuses and the only table of legal transitions between them. */
public enum LotStatus {
    IN_INSPECTION,
    /** A finished lot waiting for its production record review, final inspection and signed release. */
    IN_RELEASE_REVIEW,
    RELEASED,
    CONDITIONALLY_RELEASED,
    QUARANTINED,
    REJECTED,
    RETURNED,
    SCRAPPED,
    CONSUMED,
    SHIPPED,
    EXPIRED;

    private static final Map<LotStatus, Set<LotStatus>> LEGAL_TARGETS = Map.ofEntries(
            // CONSUMED from inspection and release review: split by an inspection's SPLIT decision after 100 % sorting
            Map.entry(IN_INSPECTION, EnumSet.of(RELEASED, CONDITIONALLY_RELEASED, QUARANTINED, REJECTED, CONSUMED)),
            Map.entry(IN_RELEASE_REVIEW, EnumSet.of(RELEASED, CONDITIONALLY_RELEASED, REJECTED, CONSUMED)),
            Map.entry(RELEASED, EnumSet.of(QUARANTINED, CONSUMED, SHIPPED, EXPIRED)),
            Map.entry(CONDITIONALLY_RELEASED, EnumSet.of(QUARANTINED, CONSUMED, SHIPPED, EXPIRED)),
            // CONSUMED: split into child lots; RELEASED, CONDITIONALLY_RELEASED, EXPIRED and IN_RELEASE_REVIEW (a reworked
            // finished lot, reviewed again): only by the lot's quarantine process
            Map.entry(QUARANTINED, EnumSet.of(RELEASED, CONDITIONALLY_RELEASED, EXPIRED, IN_INSPECTION, IN_RELEASE_REVIEW,
                    RETURNED, SCRAPPED, REJECTED, CONSUMED)),
            Map.entry(REJECTED, EnumSet.of(QUARANTINED, RETURNED, SCRAPPED)),
            Map.entry(EXPIRED, EnumSet.of(QUARANTINED, SCRAPPED, RETURNED)),
            Map.entry(RETURNED, EnumSet.noneOf(LotStatus.class)),
            Map.entry(SCRAPPED, EnumSet.noneOf(LotStatus.class)),
            Map.entry(CONSUMED, EnumSet.noneOf(LotStatus.class)),
            Map.entry(SHIPPED, EnumSet.noneOf(LotStatus.class)));

    public boolean canChangeTo(LotStatus target) {
        return LEGAL_TARGETS.get(this).contains(target);
    }

    /** Material in these states may be issued or shipped. */
    public boolean isUsable() {
        return this == RELEASED || this == CONDITIONALLY_RELEASED;
    }
}
