package io.lotline.masterdata;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.math.BigDecimal;
import java.util.List;

public record MaterialRequest(String partNumber, @TextField(Kind.MULTI_LINE) String description, String gtin, String trackingMode, String unit,
                              Integer shelfLifeDays, Integer maxShelfLifeExtensionDays,
                              List<Characteristic> inspectionPlan, Sampling sampling) {
    /** ISO 2859-1 single sampling: {@code inspectionLevel} S-1 to S-4 or I to III, {@code aql} of the standard's series. */
    public record Sampling(String inspectionLevel, BigDecimal aql) {}

    /**
     * {@code attribute: true} marks a pass/fail characteristic, which has no unit or limits; {@code skipWhenReduced:
     * true} leaves it out at the REDUCED inspection stage.
     */
    public record Characteristic(String characteristic, String unit, BigDecimal lowerLimit, BigDecimal upperLimit,
                                 Boolean attribute, Boolean skipWhenReduced) {}
}
