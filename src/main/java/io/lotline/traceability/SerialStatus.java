package io.lotline.traceability;

/** Where a serialised unit is: still in the plant (its lot's status applies) or shipped to a customer. */
public enum SerialStatus {
    IN_STOCK,
    SHIPPED
}
