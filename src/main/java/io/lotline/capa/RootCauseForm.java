package io.lotline.capa;

/** The "Root cause analysis" task form: the method (FIVE_WHY, FISHBONE, FAULT_TREE, OTHER) and the cause found. */
public record RootCauseForm(String method, String rootCause) {}
