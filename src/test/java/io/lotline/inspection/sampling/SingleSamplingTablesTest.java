package io.lotline.inspection.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tables against the standard's values. Each row is a code letter (reached with level II, or III for R, from a
 * lot of its range) and the plan used at AQL 0.65, 1.0 and 2.5 as "code letter, n, Ac/Re" after the table's arrows,
 * transcribed from ISO 2859-1 Tables 2-A and 2-B (identical to MIL-STD-105E Tables II-A and II-B): letters A to Q of
 * 2-A and A to L of 2-B from a published copy of the tables; M to R of 2-B, and R of 2-A, continue their diagonals
 * (n = 315 … 2000; acceptance numbers 3, 5, 8, 12, 18 tightened).
 */
class SingleSamplingTablesTest {
    @ParameterizedTest(name = "normal, code letter {0}")
    @CsvSource(delimiter = '|', value = {
            "A | 2      | F 20 0/1   | E 13 0/1   | C 5 0/1",
            "B | 9      | F 20 0/1   | E 13 0/1   | C 5 0/1",
            "C | 16     | F 20 0/1   | E 13 0/1   | C 5 0/1",
            "D | 26     | F 20 0/1   | E 13 0/1   | C 5 0/1",
            "E | 51     | F 20 0/1   | E 13 0/1   | F 20 1/2",
            "F | 91     | F 20 0/1   | E 13 0/1   | F 20 1/2",
            "G | 151    | F 20 0/1   | H 50 1/2   | G 32 2/3",
            "H | 281    | J 80 1/2   | H 50 1/2   | H 50 3/4",
            "J | 501    | J 80 1/2   | J 80 2/3   | J 80 5/6",
            "K | 1201   | K 125 2/3  | K 125 3/4  | K 125 7/8",
            "L | 3201   | L 200 3/4  | L 200 5/6  | L 200 10/11",
            "M | 10001  | M 315 5/6  | M 315 7/8  | M 315 14/15",
            "N | 35001  | N 500 7/8  | N 500 10/11 | N 500 21/22",
            "P | 150001 | P 800 10/11 | P 800 14/15 | N 500 21/22",
            "Q | 500001 | Q 1250 14/15 | Q 1250 21/22 | N 500 21/22"})
    void normalInspectionTable2A(String letter, long lotSize, String at065, String at10, String at25) {
        assertThat(InspectionLevel.II.codeLetter(lotSize)).isEqualTo(letter.charAt(0));
        assertPlans(InspectionLevel.II, SamplingSeverity.NORMAL, lotSize, at065, at10, at25);
    }

    @ParameterizedTest(name = "tightened, code letter {0}")
    @CsvSource(delimiter = '|', value = {
            "A | 2      | G 32 0/1   | F 20 0/1   | D 8 0/1",
            "B | 9      | G 32 0/1   | F 20 0/1   | D 8 0/1",
            "C | 16     | G 32 0/1   | F 20 0/1   | D 8 0/1",
            "D | 26     | G 32 0/1   | F 20 0/1   | D 8 0/1",
            "E | 51     | G 32 0/1   | F 20 0/1   | G 32 1/2",
            "F | 91     | G 32 0/1   | F 20 0/1   | G 32 1/2",
            "G | 151    | G 32 0/1   | J 80 1/2   | G 32 1/2",
            "H | 281    | K 125 1/2  | J 80 1/2   | H 50 2/3",
            "J | 501    | K 125 1/2  | J 80 1/2   | J 80 3/4",
            "K | 1201   | K 125 1/2  | K 125 2/3  | K 125 5/6",
            "L | 3201   | L 200 2/3  | L 200 3/4  | L 200 8/9",
            "M | 10001  | M 315 3/4  | M 315 5/6  | M 315 12/13",
            "N | 35001  | N 500 5/6  | N 500 8/9  | N 500 18/19",
            "P | 150001 | P 800 8/9  | P 800 12/13 | N 500 18/19",
            "Q | 500001 | Q 1250 12/13 | Q 1250 18/19 | N 500 18/19"})
    void tightenedInspectionTable2B(String letter, long lotSize, String at065, String at10, String at25) {
        assertPlans(InspectionLevel.II, SamplingSeverity.TIGHTENED, lotSize, at065, at10, at25);
    }

    @Test
    void codeLetterRIsReachedAtLevelIIIAndItsArrowsPointUp() {
        assertThat(InspectionLevel.III.codeLetter(500_001)).isEqualTo('R');
        assertPlans(InspectionLevel.III, SamplingSeverity.NORMAL, 500_001, "R 2000 21/22", "Q 1250 21/22", "N 500 21/22");
        assertPlans(InspectionLevel.III, SamplingSeverity.TIGHTENED, 500_001, "R 2000 18/19", "Q 1250 18/19",
                "N 500 18/19");
    }

    @Test
    void theIssuesExamples() {
        assertThat(plan(InspectionLevel.II, "1.0", SamplingSeverity.NORMAL, 500))
                .isEqualTo(new SamplingPlan("ISO 2859-1 single sampling, inspection level II, AQL 1", SamplingSeverity.NORMAL,
                        "H", 50, 1, 2));
        assertThat(plan(InspectionLevel.II, "1.0", SamplingSeverity.NORMAL, 1000)).extracting(SamplingPlan::codeLetter,
                SamplingPlan::sampleSize, SamplingPlan::acceptanceNumber, SamplingPlan::rejectionNumber)
                .containsExactly("J", 80, 2, 3);
    }

    @Test
    void aSampleLargerThanTheLotIsTheWholeLot() {
        SamplingPlan plan = plan(InspectionLevel.II, "0.65", SamplingSeverity.NORMAL, 12);
        assertThat(plan.codeLetter()).as("the arrow leads to F, n = 20").isEqualTo("F");
        assertThat(plan.sampleSize()).isEqualTo(12);
        assertThat(plan.acceptanceNumber()).isZero();
    }

    @Test
    void everyLevelHasTheStandardsCodeLetters() {
        long[] lotSizes = {2, 9, 16, 26, 51, 91, 151, 281, 501, 1201, 3201, 10001, 35001, 150001, 500001};
        assertThat(letters(InspectionLevel.S_1, lotSizes)).isEqualTo("AAAABBBBCCCCDDD");
        assertThat(letters(InspectionLevel.S_2, lotSizes)).isEqualTo("AAABBBCCCDDDEEE");
        assertThat(letters(InspectionLevel.S_3, lotSizes)).isEqualTo("AABBCCDDEEFFGGH");
        assertThat(letters(InspectionLevel.S_4, lotSizes)).isEqualTo("AABCCDEEFGGHJJK");
        assertThat(letters(InspectionLevel.I, lotSizes)).isEqualTo("AABCCDEFGHJKLMN");
        assertThat(letters(InspectionLevel.II, lotSizes)).isEqualTo("ABCDEFGHJKLMNPQ");
        assertThat(letters(InspectionLevel.III, lotSizes)).isEqualTo("BCDEFGHJKLMNPQR");
        assertThat(InspectionLevel.II.codeLetter(8)).isEqualTo('A');
        assertThat(InspectionLevel.II.codeLetter(500)).isEqualTo('H');
        assertThat(InspectionLevel.II.codeLetter(500_000)).isEqualTo('P');
        assertThat(InspectionLevel.ofLabel("S-3")).contains(InspectionLevel.S_3);
        assertThat(InspectionLevel.ofLabel("IV")).isEmpty();
    }

    @Test
    void onlyTheStandardsAqlsAreAccepted() {
        assertThat(SingleSamplingTables.isStandardAql(new BigDecimal("1.00"))).isTrue();
        assertThat(SingleSamplingTables.isStandardAql(new BigDecimal("1.2"))).isFalse();
        assertThat(SingleSamplingTables.isStandardAql(new BigDecimal("15"))).as("counts nonconformities, not items").isFalse();
        assertThatThrownBy(() -> plan(InspectionLevel.II, "2.0", SamplingSeverity.NORMAL, 500))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The table's plans at the lot's code letter, before a plan larger than the lot is cut to the whole lot. */
    private static void assertPlans(InspectionLevel level, SamplingSeverity severity, long lotSize, String... expected) {
        String[] aqls = {"0.65", "1.0", "2.5"};
        for (int i = 0; i < aqls.length; i++) {
            SamplingPlan plan = SingleSamplingTables.tablePlan(level.codeLetter(lotSize), new BigDecimal(aqls[i]), severity);
            assertThat(plan.codeLetter() + " " + plan.sampleSize() + " " + plan.acceptanceNumber() + "/" + plan.rejectionNumber())
                    .as("%s, lot of %d, AQL %s", severity, lotSize, aqls[i]).isEqualTo(expected[i].trim());
            assertThat(plan.stage()).isEqualTo(severity);
        }
    }

    private static SamplingPlan plan(InspectionLevel level, String aql, SamplingSeverity severity, long lotSize) {
        return SingleSamplingTables.plan(level, new BigDecimal(aql), severity, lotSize);
    }

    private static String letters(InspectionLevel level, long[] lotSizes) {
        StringBuilder letters = new StringBuilder();
        for (long lotSize : lotSizes) {
            letters.append(level.codeLetter(lotSize));
        }
        return letters.toString();
    }
}
