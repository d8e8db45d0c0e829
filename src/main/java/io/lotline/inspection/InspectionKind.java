package io.lotline.inspection;

/**
 * Incoming inspection of received material, final inspection of a finished lot before its release, or the re-test of
 * an expired lot whose shelf life may be extended.
 */
public enum InspectionKind {
    INCOMING("Incoming"),
    FINAL("Final"),
    RETEST("Re-test");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    /** As a person reads it, e.g. "Re-test". */
    public String label() {
        return label;
    }
}
