package io.lotline.production.setup;

import java.math.BigDecimal;

public record BomLineRequest(String componentPartNumber, BigDecimal quantityPerUnit) {}
