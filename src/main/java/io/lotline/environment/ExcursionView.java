package io.lotline.environment;

import java.math.BigDecimal;
import java.time.Instant;

public record ExcursionView(String excursionNumber, RoomParameter parameter, Excursion.Level level, Instant startedAt,
                            Instant endedAt, BigDecimal peak, Excursion.Status status) {
    static ExcursionView of(Excursion e) {
        return new ExcursionView(e.getExcursionNumber(), e.getParameter(), e.getLevel(), e.getStartedAt(),
                e.getEndedAt(), LimitView.plain(e.getPeak()), e.getStatus());
    }
}
