package io.lotline.environment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A room's limits for one parameter: upper ({@code alert}, {@code action}) and lower ({@code alertLow},
 * {@code actionLow}); a side without a limit is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LimitView(RoomParameter parameter, String unit, BigDecimal alert, BigDecimal action, BigDecimal alertLow,
                        BigDecimal actionLow) {
    static LimitView of(RoomLimit limit) {
        RoomParameter.Limits l = limit.limits();
        return new LimitView(limit.getParameter(), limit.getUnit(), plain(l.alertHigh()), plain(l.actionHigh()),
                plain(l.alertLow()), plain(l.actionLow()));
    }

    /** 352000, not 3.52E+5 or 352000.000000: as a person writes the number. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
