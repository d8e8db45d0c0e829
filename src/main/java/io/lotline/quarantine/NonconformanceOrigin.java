package io.lotline.quarantine;

/** Why a lot entered quarantine. */
public enum NonconformanceOrigin {
    FAILED_INSPECTION,
    REJECTED_CONCESSION,
    CONCESSION_EXPIRED,
    MANUAL_HOLD,
    RECALL
}
