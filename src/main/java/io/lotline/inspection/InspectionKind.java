package io.lotline.inspection;

/** Incoming inspection of received material, or final inspection of a finished lot before its release. */
public enum InspectionKind {
    INCOMING,
    FINAL
}
