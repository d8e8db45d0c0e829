package io.lotline.exports;

/** The critical tracking events FSMA 204 asks for, as they happen in a molding plant. */
public enum TrackingEventKind {
    RECEIVING,
    TRANSFORMATION,
    SHIPPING
}
