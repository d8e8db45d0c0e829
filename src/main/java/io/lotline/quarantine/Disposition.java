package io.lotline.quarantine;

/** The material review board's decision on nonconforming material. */
public enum Disposition {
    RETURN_TO_SUPPLIER,
    SCRAP,
    USE_AS_IS,
    /** Rework, then the lot is inspected again: incoming inspection for a received lot, release review for a finished one. */
    REWORK,
    /**
     * Only for a finished lot, after 100 % sorting: the accepted quantity returns to release review as a lot of its
     * own, the rest is scrapped.
     */
    SPLIT,
    /** Only for a lot past its expiry date: a re-test, then a QC manager's signed new expiry date. */
    EXTEND_SHELF_LIFE
}
