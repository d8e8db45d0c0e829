package io.lotline.traceability;

public enum SupplierStatus {
    APPROVED,
    CONDITIONAL,
    DISQUALIFIED
}
