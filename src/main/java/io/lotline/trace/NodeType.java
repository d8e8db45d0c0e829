package io.lotline.trace;

/**
 * Kinds of node a trace answers with. A SUPPLIER node stands for one supplier lot: its id is
 * {@code <supplier code>/<supplier lot number>}, as the genealogy records the receipt.
 */
public enum NodeType {
    MATERIAL_LOT,
    BATCH,
    FINISHED_LOT,
    SERIAL,
    SHIPMENT,
    SUPPLIER,
    CUSTOMER
}
