package io.lotline.traceability;

import java.math.BigDecimal;

/**
 * Numbers as a person reads them in the audit trail, messages and pages: no storage scale ("100", not "100.000000"),
 * and a one-sided limit as "≤ 3520" rather than "null .. 3520".
 */
public final class Quantities {
    private Quantities() {}

    public static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** "800 kg". */
    public static String withUnit(BigDecimal value, String unit) {
        return plain(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    /** "10 – 12 mm", "≥ 5 MPa", "≤ 0.02 %", or "no limits". */
    public static String range(BigDecimal lower, BigDecimal upper, String unit) {
        String u = unit == null || unit.isBlank() ? "" : " " + unit;
        if (lower != null && upper != null) {
            return plain(lower) + " – " + plain(upper) + u;
        }
        if (lower == null && upper == null) {
            return "no limits";
        }
        return lower != null ? "≥ " + plain(lower) + u : "≤ " + plain(upper) + u;
    }
}
