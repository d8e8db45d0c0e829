package io.lotline.production.spc;

/** What a reading can break: its spec limits, or one of the Western Electric rules on its series. */
public enum SpcRule {
    SPEC_LIMIT("outside the spec limits"),
    WE1_BEYOND_3_SIGMA("one point beyond 3 sigma"),
    WE2_TWO_OF_THREE_BEYOND_2_SIGMA("2 of 3 points beyond 2 sigma on one side"),
    WE3_FOUR_OF_FIVE_BEYOND_1_SIGMA("4 of 5 points beyond 1 sigma on one side"),
    WE4_EIGHT_ON_ONE_SIDE("8 points in a row on one side of the centre line");

    private final String text;

    SpcRule(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
