package io.lotline.quarantine;

/** Why a lot entered quarantine. */
public enum NonconformanceOrigin {
    FAILED_INSPECTION,
    REJECTED_CONCESSION,
    CONCESSION_EXPIRED,
    MANUAL_HOLD,
    RECALL,
    /** The shelf-life job found the lot past its expiry date. */
    SHELF_LIFE_EXPIRED,
    /** The signed decision of an environmental excursion named the lot as affected. */
    EXCURSION,
    /** A QC manager's signed REJECT of a finished lot at its release. */
    RELEASE_REJECTED
}
