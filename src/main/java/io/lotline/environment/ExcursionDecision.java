package io.lotline.environment;

/** The QC manager's signed decision on an excursion's impact on the product. */
public enum ExcursionDecision {
    /** The product is not affected; nothing changes. */
    NO_IMPACT,
    /** The lots named are held for a disposition: quarantined where in stock, kept from release where in review. */
    HOLD_LOTS,
    /** The lots named are rejected: quarantined where in stock, to be rejected at release where in review. */
    REJECT
}
