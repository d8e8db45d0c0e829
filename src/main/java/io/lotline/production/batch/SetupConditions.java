package io.lotline.production.batch;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Setup of a molding run: material drying and the machine's set-points. Every value must be recorded before the run
 * starts.
 */
@Embeddable
public record SetupConditions(BigDecimal dryingTemperature, BigDecimal dryingTimeHours, BigDecimal meltTemperature,
                              BigDecimal injectionPressure, BigDecimal holdPressure, BigDecimal cycleTime) {
    static final SetupConditions NONE = new SetupConditions(null, null, null, null, null, null);

    /** These values, with the other's wherever it gives one. */
    SetupConditions overriddenBy(SetupConditions other) {
        if (other == null) {
            return this;
        }
        return new SetupConditions(pick(other.dryingTemperature, dryingTemperature), pick(other.dryingTimeHours, dryingTimeHours),
                pick(other.meltTemperature, meltTemperature), pick(other.injectionPressure, injectionPressure),
                pick(other.holdPressure, holdPressure), pick(other.cycleTime, cycleTime));
    }

    private static BigDecimal pick(BigDecimal preferred, BigDecimal fallback) {
        return preferred != null ? preferred : fallback;
    }
}
