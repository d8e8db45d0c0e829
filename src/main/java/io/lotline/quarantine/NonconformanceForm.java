package io.lotline.quarantine;

import java.math.BigDecimal;

/** The "Record nonconformance" task form; a quantity below the lot's splits it. */
public record NonconformanceForm(String description, String defectCategory, BigDecimal quantityAffected) {}
