package io.lotline.labeling;

import java.time.LocalDate;

/** The identification a GS1 label carries; absent data elements are null. */
public record Gs1Data(String gtin, String sscc, String lot, String serial, LocalDate productionDate, LocalDate expiry) {}
