package io.lotline.labeling;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** What was scanned, and the Lotline lot or serial it names (omitted when Lotline knows no such item). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanResult(String gtin, String sscc, String lot, String serial, LocalDate expiry, LocalDate productionDate,
                         Match match) {
    /** {@code type}: SERIAL, FINISHED_LOT or MATERIAL_LOT. */
    public record Match(String type, String id, String status) {}
}
