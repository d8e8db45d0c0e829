package io.lotline.traceability;

/** Kinds of node in the genealogy graph. */
public enum ItemType {
    SUPPLIER_LOT,
    MATERIAL_LOT,
    BATCH,
    FINISHED_LOT,
    SERIAL,
    SHIPMENT
}
