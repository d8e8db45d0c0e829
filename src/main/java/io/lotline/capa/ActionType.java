package io.lotline.capa;

public enum ActionType {
    CORRECTIVE,
    PREVENTIVE
}
