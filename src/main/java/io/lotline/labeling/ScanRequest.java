package io.lotline.labeling;

/** Scanned or typed text: an element string (with or without symbology identifier), (01)… form, or Digital Link. */
public record ScanRequest(String text) {}
