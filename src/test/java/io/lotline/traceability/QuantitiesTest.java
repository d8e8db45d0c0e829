package io.lotline.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void storedScaleIsNotPrinted() {
        assertThat(Quantities.withUnit(new BigDecimal("100.000000"), "units")).isEqualTo("100 units");
        assertThat(Quantities.plain(new BigDecimal("0.000000"))).isEqualTo("0");
        assertThat(Quantities.plain(new BigDecimal("1200.500000"))).isEqualTo("1200.5");
    }

    @Test
    void oneSidedLimitsReadAsBounds() {
        assertThat(Quantities.range(null, new BigDecimal("3520.000000"), "count/m³")).isEqualTo("≤ 3520 count/m³");
        assertThat(Quantities.range(new BigDecimal("1.5"), null, "N/15mm")).isEqualTo("≥ 1.5 N/15mm");
        assertThat(Quantities.range(new BigDecimal("15.000"), new BigDecimal("21"), "g/10min")).isEqualTo("15 – 21 g/10min");
        assertThat(Quantities.range(null, null, null)).isEqualTo("no limits");
    }
}
