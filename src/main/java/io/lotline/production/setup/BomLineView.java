package io.lotline.production.setup;

import java.math.BigDecimal;

public record BomLineView(String componentPartNumber, String description, BigDecimal quantityPerUnit, String unit) {
    static BomLineView of(BomLine line) {
        return new BomLineView(line.getComponent().getPartNumber(), line.getComponent().getDescription(),
                line.getQuantityPerUnit(), line.getComponent().getUnit());
    }
}
