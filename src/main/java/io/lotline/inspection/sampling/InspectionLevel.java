package io.lotline.inspection.sampling;

import java.util.Arrays;
import java.util.Optional;

/** The inspection levels of ISO 2859-1 Table 1: the special levels S-1 to S-4 and the general levels I to III. */
public enum InspectionLevel {
    S_1("S-1", "AAAABBBBCCCCDDD"),
    S_2("S-2", "AAABBBCCCDDDEEE"),
    S_3("S-3", "AABBCCDDEEFFGGH"),
    S_4("S-4", "AABCCDEEFGGHJJK"),
    I("I", "AABCCDEFGHJKLMN"),
    II("II", "ABCDEFGHJKLMNPQ"),
    III("III", "BCDEFGHJKLMNPQR");

    /** The upper ends of Table 1's lot size ranges (2–8, 9–15, … 150 001–500 000); larger lots are in the last row. */
    private static final long[] LOT_SIZE_UPPER_ENDS =
            {8, 15, 25, 50, 90, 150, 280, 500, 1_200, 3_200, 10_000, 35_000, 150_000, 500_000};

    private final String label;
    private final String codeLetters;

    InspectionLevel(String label, String codeLetters) {
        this.label = label;
        this.codeLetters = codeLetters;
    }

    public String label() {
        return label;
    }

    /** The sample size code letter for a lot of this many items (a lot of one is treated as the smallest range). */
    public char codeLetter(long lotSize) {
        int row = 0;
        while (row < LOT_SIZE_UPPER_ENDS.length && lotSize > LOT_SIZE_UPPER_ENDS[row]) {
            row++;
        }
        return codeLetters.charAt(row);
    }

    public static Optional<InspectionLevel> ofLabel(String label) {
        return Arrays.stream(values()).filter(level -> level.label.equals(label)).findFirst();
    }
}
