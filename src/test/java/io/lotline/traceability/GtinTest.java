package io.lotline.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GtinTest {
    @Test
    void acceptsGtinsWithTheRightCheckDigit() {
        assertThat(Gtin.isValidGtin14("07612345000107")).isTrue();
        assertThat(Gtin.isValidGtin14("00012345600012")).isTrue(); // GS1 General Specifications example
    }

    @Test
    void refusesAWrongCheckDigitAndTheWrongLength() {
        assertThat(Gtin.isValidGtin14("07612345000108")).isFalse();
        assertThat(Gtin.isValidGtin14("7612345000107")).isFalse();
        assertThat(Gtin.isValidGtin14("0761234500010X")).isFalse();
        assertThat(Gtin.isValidGtin14(null)).isFalse();
    }

    @Test
    void computesTheCheckDigit() {
        assertThat(Gtin.checkDigit("0001234560001")).isEqualTo(2);
    }
}
