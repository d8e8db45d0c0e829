package io.lotline.traceability;

/** The two children of a split lot: the conforming part and the nonconforming part that stays quarantined. */
public record LotSplit(MaterialLot conforming, MaterialLot quarantined) {}
