package io.lotline.production.hold;

/** Why a batch went on hold. */
public enum HoldOrigin {
    SPC_VIOLATION,
    SPEC_VIOLATION,
    MANUAL,
    RECALL,
    /** An environmental excursion at the action level in the room the batch runs in. */
    EXCURSION
}
