package io.lotline.quarantine;

public enum DefectCategory {
    DIMENSIONAL,
    MATERIAL_PROPERTY,
    CONTAMINATION,
    APPEARANCE,
    PACKAGING_DAMAGE,
    LABELING_IDENTIFICATION,
    DOCUMENTATION,
    SHELF_LIFE,
    OTHER
}
