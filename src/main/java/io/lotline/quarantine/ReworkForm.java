package io.lotline.quarantine;

/** The "Rework lot" task form: what was done to the material before it is inspected again. */
public record ReworkForm(String description) {}
