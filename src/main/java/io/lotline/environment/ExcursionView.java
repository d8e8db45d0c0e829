package io.lotline.environment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An excursion as its room's list, a batch's record and the release review show it. */
public record ExcursionView(String excursionNumber, RoomParameter parameter, Excursion.Level level, Instant startedAt,
                            Instant endedAt, BigDecimal peak, List<HeldBatch> affectedBatches,
                            Excursion.Status status) {
    /** Whether lots made in the room during it wait: an excursion at the action level not yet back in limits. */
    public boolean blocksRelease() {
        return level == Excursion.Level.ACTION && status == Excursion.Status.OPEN;
    }

    static ExcursionView of(Excursion e) {
        return new ExcursionView(e.getExcursionNumber(), e.getParameter(), e.getLevel(), e.getStartedAt(),
                e.getEndedAt(), LimitView.plain(e.getPeak()), e.getHeldBatches(), e.getStatus());
    }
}
