package io.lotline.inspection.sampling;

/**
 * Normal or tightened inspection (ISO 2859-1 clause 9), each with its master table of single sampling plans. Reduced
 * inspection (Table 2-C) is not among them: the REDUCED skip-lot stage samples by the normal plan.
 */
public enum SamplingSeverity {
    /** Table 2-A. */
    NORMAL,
    /** Table 2-B. */
    TIGHTENED
}
