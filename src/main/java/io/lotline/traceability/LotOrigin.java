package io.lotline.traceability;

/** Where a lot came from: received from a supplier, or produced here as a finished lot. */
public enum LotOrigin {
    RECEIVED,
    PRODUCED
}
