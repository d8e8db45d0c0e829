package io.lotline.capa;

public enum RootCauseMethod {
    FIVE_WHY,
    FISHBONE,
    FAULT_TREE,
    OTHER
}
