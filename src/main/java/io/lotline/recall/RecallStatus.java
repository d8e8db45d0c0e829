package io.lotline.recall;

public enum RecallStatus {
    SCOPING,
    NOTIFYING,
    IN_REVIEW,
    CLOSED
}
