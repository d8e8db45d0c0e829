package io.lotline.recall;

/** What a recall did with a lot or batch it reached. */
public enum RecallAction {
    /** Put on hold: a lot quarantined, a batch on in-process hold. */
    HELD,
    /** A mock recall holds nothing; it records what a real one would have held. */
    WOULD_HOLD,
    /** Already quarantined, rejected or on hold. */
    ALREADY_BLOCKED,
    /** Not usable now, but may become so (in inspection or release review): to be followed up. */
    FOLLOW_UP,
    /** Consumed, shipped, scrapped, returned, or a completed batch: nothing left in the plant to hold. */
    NOT_IN_PLANT
}
