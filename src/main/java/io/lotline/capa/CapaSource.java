package io.lotline.capa;

/** What a CAPA was opened from. */
public enum CapaSource {
    IN_PROCESS_HOLD,
    NONCONFORMANCE,
    /** An environmental excursion's signed decision asked for it. */
    EXCURSION,
    MANUAL
}
