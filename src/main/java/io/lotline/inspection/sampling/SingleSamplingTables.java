package io.lotline.inspection.sampling;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * ISO 2859-1 single sampling: Table 1 (sample size code letters, in {@link InspectionLevel}) and the master tables
 * 2-A (normal) and 2-B (tightened), for AQLs in percent nonconforming.
 *
 * <p>Each master table is a set of diagonals: along a row, every step to the next AQL moves one cell along the
 * sequence of acceptance numbers, and so does every step to the next code letter down a column. A cell is therefore
 * known by its diagonal index, and an arrow cell sends the user to the first plan above or below it in the same
 * column, whose sample size then applies. Rejection numbers are one more than acceptance numbers throughout.
 */
public final class SingleSamplingTables {
    /** The standard's AQL series up to 10 %: the higher AQLs count nonconformities per 100 items, not items. */
    public static final List<BigDecimal> AQLS = Stream.of("0.010", "0.015", "0.025", "0.040", "0.065", "0.10", "0.15",
            "0.25", "0.40", "0.65", "1.0", "1.5", "2.5", "4.0", "6.5", "10").map(BigDecimal::new).toList();

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRS";
    private static final int UP = -1;
    private static final int DOWN = -2;

    private SingleSamplingTables() {}

    /** The plan of the table for {@code stage} for a lot of {@code lotSize} items; the AQL must be one of {@link #AQLS}. */
    public static SamplingPlan plan(InspectionLevel level, BigDecimal aql, SamplingSeverity stage, long lotSize) {
        SamplingPlan table = tablePlan(level.codeLetter(lotSize), aql, stage);
        return new SamplingPlan("ISO 2859-1 single sampling, inspection level " + level.label() + ", AQL "
                + aql.stripTrailingZeros().toPlainString(), stage, table.codeLetter(),
                (int) Math.min(table.sampleSize(), Math.max(lotSize, 1)), table.acceptanceNumber(), table.rejectionNumber());
    }

    /** The master table's plan at a code letter's row and an AQL's column, arrows followed, for any lot size. */
    static SamplingPlan tablePlan(char codeLetter, BigDecimal aql, SamplingSeverity stage) {
        int column = aqlColumn(aql);
        MasterTable table = MasterTable.of(stage);
        int row = planRow(table, CODE_LETTERS.indexOf(codeLetter), column);
        int acceptance = table.cell(row, column);
        return new SamplingPlan("ISO 2859-1 Table " + (stage == SamplingSeverity.NORMAL ? "2-A" : "2-B"), stage,
                String.valueOf(CODE_LETTERS.charAt(row)), table.sampleSizes[row], acceptance, acceptance + 1);
    }

    public static boolean isStandardAql(BigDecimal aql) {
        return aql != null && AQLS.stream().anyMatch(a -> a.compareTo(aql) == 0);
    }

    private static int aqlColumn(BigDecimal aql) {
        for (int column = 0; column < AQLS.size(); column++) {
            if (AQLS.get(column).compareTo(aql) == 0) {
                return column;
            }
        }
        throw new IllegalArgumentException("AQL " + aql + " is not in the standard's series " + AQLS);
    }

    /**
     * The row of the plan to use: the code letter's own, or the first plan in the arrow's direction. An arrow that
     * points out of the table (above A, below the last letter) is followed the other way.
     */
    private static int planRow(MasterTable table, int row, int column) {
        int cell = table.cell(row, column);
        if (cell >= 0) {
            return row;
        }
        int direction = cell == UP ? -1 : 1;
        for (int pass = 0; pass < 2; pass++, direction = -direction) {
            for (int r = row + direction; r >= 0 && r < table.sampleSizes.length; r += direction) {
                if (table.cell(r, column) >= 0) {
                    return r;
                }
            }
        }
        throw new IllegalStateException("no plan in column " + column);
    }

    /** One master table: its sample sizes by code letter and its acceptance numbers along the diagonals. */
    private record MasterTable(int[] sampleSizes, int diagonalOffset, int[] cellsAlongDiagonal) {
        /** Along a diagonal of Table 2-A: 0, an arrow up, an arrow down, then 1 2 3 5 7 10 14 21, then up. */
        private static final int[] NORMAL = {0, UP, DOWN, 1, 2, 3, 5, 7, 10, 14, 21};
        /** Along a diagonal of Table 2-B: 0, two arrows down, then 1 2 3 5 8 12 18, then up. */
        private static final int[] TIGHTENED = {0, DOWN, DOWN, 1, 2, 3, 5, 8, 12, 18};

        static MasterTable of(SamplingSeverity stage) {
            return switch (stage) {
                case NORMAL -> new MasterTable(new int[] {2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000},
                        14, NORMAL);
                // letter S (3150) exists only as the target of the arrows below R
                case TIGHTENED -> new MasterTable(
                        new int[] {2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000, 3150}, 15, TIGHTENED);
            };
        }

        /** The acceptance number at the cell, or {@link #UP} or {@link #DOWN} for an arrow. */
        int cell(int row, int column) {
            int diagonal = column + row - diagonalOffset;
            if (diagonal < 0) {
                return DOWN;
            }
            return diagonal < cellsAlongDiagonal.length ? cellsAlongDiagonal[diagonal] : UP;
        }
    }
}
