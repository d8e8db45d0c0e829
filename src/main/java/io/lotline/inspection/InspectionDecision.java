package io.lotline.inspection;

public enum InspectionDecision {
    PASS,
    FAIL,
    CONDITIONAL
}
