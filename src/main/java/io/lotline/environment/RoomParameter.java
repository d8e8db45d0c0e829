package io.lotline.environment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What a room's monitoring measures, in the unit it is recorded in. Particle counts have upper limits only: the action
 * limit defaults to the ISO 14644-1:2015 maximum concentration of the room's class, the alert limit to
 * {@value #ALERT_FRACTION_PERCENT} % of it. Temperature, humidity and differential pressure default to common
 * cleanroom ranges; every default can be changed per room.
 */
public enum RoomParameter {
    PARTICLES_0_5_UM("count/m3", 0.5),
    PARTICLES_5_UM("count/m3", 5.0),
    TEMPERATURE("°C", 0),
    RELATIVE_HUMIDITY("%", 0),
    DIFFERENTIAL_PRESSURE("Pa", 0);

    static final int ALERT_FRACTION_PERCENT = 50;

    private final String unit;
    private final double particleSizeMicrons;

    RoomParameter(String unit, double particleSizeMicrons) {
        this.unit = unit;
        this.particleSizeMicrons = particleSizeMicrons;
    }

    public String unit() {
        return unit;
    }

    boolean isParticleCount() {
        return particleSizeMicrons > 0;
    }

    /** The limits a new room of this ISO class starts with. */
    Limits defaultLimits(int isoClass) {
        return switch (this) {
            case PARTICLES_0_5_UM, PARTICLES_5_UM -> {
                BigDecimal action = isoClassMaximum(isoClass, particleSizeMicrons);
                yield new Limits(action.multiply(BigDecimal.valueOf(ALERT_FRACTION_PERCENT)).movePointLeft(2), action,
                        null, null);
            }
            case TEMPERATURE -> new Limits(BigDecimal.valueOf(24), BigDecimal.valueOf(25), BigDecimal.valueOf(19),
                    BigDecimal.valueOf(18));
            case RELATIVE_HUMIDITY -> new Limits(BigDecimal.valueOf(60), BigDecimal.valueOf(65), BigDecimal.valueOf(35),
                    BigDecimal.valueOf(30));
            case DIFFERENTIAL_PRESSURE -> new Limits(null, null, BigDecimal.valueOf(12), BigDecimal.valueOf(10));
        };
    }

    /**
     * ISO 14644-1:2015 Table 1 where it gives a value (≥ 0.5 µm: ISO 5 to 9; ≥ 5 µm: ISO 7 to 9), otherwise the
     * standard's formula C = 10^N × (0.1 / D)^2.08 particles per m³, rounded to three significant figures.
     */
    static BigDecimal isoClassMaximum(int isoClass, double particleSizeMicrons) {
        if (particleSizeMicrons == 0.5) {
            return BigDecimal.valueOf(352).scaleByPowerOfTen(isoClass - 4);
        }
        if (particleSizeMicrons == 5.0 && isoClass >= 7) {
            return BigDecimal.valueOf(293).scaleByPowerOfTen(isoClass - 6);
        }
        double formula = Math.pow(10, isoClass) * Math.pow(0.1 / particleSizeMicrons, 2.08);
        return new BigDecimal(formula).round(new MathContext(3, RoundingMode.HALF_UP));
    }

    /** Upper ({@code alertHigh}, {@code actionHigh}) and lower limits; null where a side has none. */
    record Limits(BigDecimal alertHigh, BigDecimal actionHigh, BigDecimal alertLow, BigDecimal actionLow) {}
}
