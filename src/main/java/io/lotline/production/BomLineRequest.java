package io.lotline.production;

import java.math.BigDecimal;

public record BomLineRequest(String componentPartNumber, BigDecimal quantityPerUnit) {}
