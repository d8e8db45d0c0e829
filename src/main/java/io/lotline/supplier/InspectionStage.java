package io.lotline.supplier;

/** How closely a supplier's material is inspected, decided per lot by bpmn/inspection-stage.dmn. */
public enum InspectionStage {
    NORMAL,
    /** Characteristics marked "skip when reduced" in the plan are not sampled. */
    REDUCED,
    /** No inspection: the lot is released on the supplier's record. */
    SKIP,
    TIGHTENED
}
