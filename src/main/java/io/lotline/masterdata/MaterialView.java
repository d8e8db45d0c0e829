package io.lotline.masterdata;

import io.lotline.traceability.Material;
import io.lotline.traceability.TrackingMode;
import java.math.BigDecimal;
import java.util.List;

public record MaterialView(String partNumber, String description, String gtin, TrackingMode trackingMode, String unit,
                           Integer shelfLifeDays, Integer maxShelfLifeExtensionDays,
                           List<Characteristic> inspectionPlan, Sampling sampling) {
    public record Sampling(String inspectionLevel, BigDecimal aql) {}

    public record Characteristic(String characteristic, String unit, BigDecimal lowerLimit, BigDecimal upperLimit,
                                 boolean attribute, boolean skipWhenReduced) {}

    static MaterialView of(Material m) {
        return new MaterialView(m.getPartNumber(), m.getDescription(), m.getGtin(), m.getTrackingMode(), m.getUnit(),
                m.getShelfLifeDays(), m.getMaxShelfLifeExtensionDays(), m.getInspectionPlan().stream()
                        .map(c -> new Characteristic(c.getName(), c.getUnit(), c.getLowerLimit(), c.getUpperLimit(), c.isPassFail(),
                                c.isSkipWhenReduced()))
                        .toList(),
                m.getSamplingLevel() == null ? null : new Sampling(m.getSamplingLevel(), m.getSamplingAql()));
    }
}
