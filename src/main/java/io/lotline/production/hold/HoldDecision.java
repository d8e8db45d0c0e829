package io.lotline.production.hold;

/** The QC manager's decision on an in-process hold. */
public enum HoldDecision {
    RESUME,
    SCRAP_CAVITY,
    REJECT_BATCH
}
