package io.lotline.quarantine;

/** The material review board's decision on nonconforming material. */
public enum Disposition {
    RETURN_TO_SUPPLIER,
    SCRAP,
    USE_AS_IS,
    REWORK
}
