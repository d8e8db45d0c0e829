package io.lotline.labeling;

import java.time.LocalDate;

/** A label's human-readable side (UDI style): product, the bracketed element string and the Digital Link. */
public record LabelView(String partNumber, String description, String gtin, String lotNumber, String serial,
                        LocalDate productionDate, LocalDate expiry, String humanReadable, String digitalLink) {}
