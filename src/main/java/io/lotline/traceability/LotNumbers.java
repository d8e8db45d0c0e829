package io.lotline.traceability;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Lotline's own lot numbers: {@code ML-<year>-<six digits>}, from one database sequence. */
@Component
public class LotNumbers {
    private final MaterialLotRepository lots;
    private final Clock clock;

    public LotNumbers(MaterialLotRepository lots, Clock clock) {
        this.lots = lots;
        this.clock = clock;
    }

    public String next() {
        return "ML-%d-%06d".formatted(LocalDate.now(clock).getYear(), lots.nextLotSequence());
    }

    /** Finished lots have their own series, so a label's lot number tells goods made here from received material. */
    public String nextFinished() {
        return "FL-%d-%06d".formatted(LocalDate.now(clock).getYear(), lots.nextFinishedLotSequence());
    }
}
