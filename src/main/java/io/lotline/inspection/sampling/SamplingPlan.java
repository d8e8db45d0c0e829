package io.lotline.inspection.sampling;

/**
 * A single sampling plan for one lot: inspect {@code sampleSize} items (the whole lot when the plan's sample would be
 * larger), accept with at most {@code acceptanceNumber} nonconforming items, do not accept with
 * {@code rejectionNumber} or more. {@code codeLetter} is the letter of the plan used, after following the table's
 * arrows.
 */
public record SamplingPlan(String scheme, SamplingSeverity stage, String codeLetter, int sampleSize, int acceptanceNumber,
                           int rejectionNumber) {
    /** One line for the audit trail and the lot page. */
    public String summary() {
        return scheme + ", " + stage + ", code letter " + codeLetter + ", n = " + sampleSize + ", Ac " + acceptanceNumber
                + ", Re " + rejectionNumber;
    }
}
