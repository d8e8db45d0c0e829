package io.lotline.production.spc;

import java.math.BigDecimal;

/** Readings of one parameter over a batch, for the production record review. */
public record ReadingSummary(String parameter, String unit, long count, BigDecimal min, BigDecimal max, BigDecimal mean) {}
