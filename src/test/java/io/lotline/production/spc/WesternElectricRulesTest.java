package io.lotline.production.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Western Electric rule on crafted series, above and below the centre line, and the near misses that must not
 * fire. Centre line 100, sigma 2: 1σ = 102, 2σ = 104, 3σ = 106.
 */
class WesternElectricRulesTest {
    static final double CENTER = 100;
    static final double SIGMA = 2;

    /** The rules each point of the series breaks, fed one by one through a series with a configured baseline. */
    static List<List<SpcRule>> feed(double... values) {
        SpcSeries series = new SpcSeries(null, "Melt temperature", 0, CENTER, SIGMA);
        List<List<SpcRule>> broken = new ArrayList<>();
        for (double value : values) {
            broken.add(series.accept(value, 25));
        }
        return broken;
    }

    static List<SpcRule> last(List<List<SpcRule>> broken) {
        return broken.get(broken.size() - 1);
    }

    @ParameterizedTest
    @CsvSource({"106.5", "93.5"})
    void rule1OnePointBeyondThreeSigma(double value) {
        assertThat(last(feed(100, value))).contains(SpcRule.WE1_BEYOND_3_SIGMA);
    }

    @ParameterizedTest
    @CsvSource({"106.0", "94.0"})
    void rule1NeedsAPointStrictlyBeyondThreeSigma(double value) {
        assertThat(last(feed(100, value))).doesNotContain(SpcRule.WE1_BEYOND_3_SIGMA);
    }

    @Test
    void rule2TwoOfThreeBeyondTwoSigmaOnOneSide() {
        assertThat(last(feed(104.5, 100, 105))).containsExactly(SpcRule.WE2_TWO_OF_THREE_BEYOND_2_SIGMA);
        assertThat(last(feed(95.5, 101, 95))).containsExactly(SpcRule.WE2_TWO_OF_THREE_BEYOND_2_SIGMA);
    }

    @Test
    void rule2DoesNotFireOnOppositeSidesOrWithTheNewestInside() {
        assertThat(last(feed(104.5, 100, 95))).isEmpty();
        assertThat(last(feed(104.5, 105, 100))).isEmpty();
        assertThat(last(feed(104.5, 101, 101, 105))).isEmpty();
    }

    @Test
    void rule3FourOfFiveBeyondOneSigmaOnOneSide() {
        assertThat(last(feed(102.5, 103, 99, 102.5, 103))).containsExactly(SpcRule.WE3_FOUR_OF_FIVE_BEYOND_1_SIGMA);
        assertThat(last(feed(97.5, 97, 97.5, 101, 97))).containsExactly(SpcRule.WE3_FOUR_OF_FIVE_BEYOND_1_SIGMA);
    }

    @Test
    void rule3DoesNotFireOnThreeOfFive() {
        assertThat(feed(102.5, 103, 99, 99, 103)).allSatisfy(rules -> assertThat(rules).isEmpty());
    }

    @Test
    void rule4EightInARowOnOneSide() {
        List<List<SpcRule>> above = feed(100.5, 101, 100.2, 101.5, 100.1, 100.8, 101.2, 100.4);
        assertThat(above.subList(0, 7)).allSatisfy(rules -> assertThat(rules).isEmpty());
        assertThat(last(above)).containsExactly(SpcRule.WE4_EIGHT_ON_ONE_SIDE);
        assertThat(last(feed(99.5, 99, 99.8, 98.5, 99.9, 99.2, 98.8, 99.6))).containsExactly(SpcRule.WE4_EIGHT_ON_ONE_SIDE);
    }

    @Test
    void rule4IsBrokenByAPointOnTheCentreLineOrTheOtherSide() {
        assertThat(last(feed(100.5, 101, 100.2, 100, 100.1, 100.8, 101.2, 100.4))).isEmpty();
        assertThat(last(feed(100.5, 101, 100.2, 99.9, 100.1, 100.8, 101.2, 100.4))).isEmpty();
    }

    @Test
    void aPointCanBreakSeveralRulesAtOnce() {
        assertThat(last(feed(104.5, 101, 107))).containsExactly(SpcRule.WE1_BEYOND_3_SIGMA,
                SpcRule.WE2_TWO_OF_THREE_BEYOND_2_SIGMA);
    }

    @Test
    void limitsAreComputedFromTheFirstReadingsThenApplied() {
        SpcSeries series = new SpcSeries(null, "Part weight", 1, null, null);
        double[] baseline = {10.0, 10.2, 10.0, 10.2, 10.0};
        for (double value : baseline) {
            assertThat(series.accept(value, baseline.length)).isEmpty();
        }
        assertThat(series.getCenterLine()).isCloseTo(10.08, org.assertj.core.data.Offset.offset(1e-9));
        // average moving range 0.2, sigma = 0.2 / 1.128
        assertThat(series.getSigma()).isCloseTo(0.2 / 1.128, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(series.accept(10.7, baseline.length)).containsExactly(SpcRule.WE1_BEYOND_3_SIGMA);
    }
}
