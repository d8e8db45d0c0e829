package io.lotline.inspection;

public enum InspectionDecision {
    PASS,
    FAIL,
    CONDITIONAL,
    /**
     * After 100 % sorting: the accepted quantity goes on (released, or a finished lot to release review), the rejected
     * quantity is split off into quarantine with a nonconformance of its own.
     */
    SPLIT
}
