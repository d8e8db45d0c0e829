package io.lotline.traceability;

public enum TrackingMode {
    LOT,
    SERIAL
}
