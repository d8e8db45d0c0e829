package io.lotline.capa;

/** Where a CAPA stands; each status is one step of bpmn/corrective-action.bpmn. */
public enum CapaStatus {
    ROOT_CAUSE_ANALYSIS,
    ACTION_PLANNING,
    IMPLEMENTATION,
    EFFECTIVENESS_CHECK,
    VERIFICATION,
    CLOSURE_APPROVAL,
    CLOSED
}
