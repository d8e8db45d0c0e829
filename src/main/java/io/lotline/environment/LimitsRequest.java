package io.lotline.environment;

import java.math.BigDecimal;
import java.util.List;

/** New limits for some of a room's parameters (the others stay as they are), and why they change. */
public record LimitsRequest(List<Limit> limits, String reason) {
    public record Limit(String parameter, BigDecimal alert, BigDecimal action, BigDecimal alertLow,
                        BigDecimal actionLow) {}
}
