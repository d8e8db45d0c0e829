package io.lotline.environment;

import java.math.BigDecimal;
import java.time.Instant;

public record RoomReadingView(RoomParameter parameter, BigDecimal value, String unit, Instant takenAt) {
    static RoomReadingView of(RoomReading reading) {
        return new RoomReadingView(reading.getParameter(), LimitView.plain(reading.getValue()),
                reading.getParameter().unit(), reading.getTakenAt());
    }
}
