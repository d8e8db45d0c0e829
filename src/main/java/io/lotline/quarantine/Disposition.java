package io.lotline.quarantine;

/** The material review board's decision on nonconforming material. */
public enum Disposition {
    RETURN_TO_SUPPLIER,
    SCRAP,
    USE_AS_IS,
    REWORK,
    /** Only for a lot past its expiry date: a re-test, then a QC manager's signed new expiry date. */
    EXTEND_SHELF_LIFE
}
