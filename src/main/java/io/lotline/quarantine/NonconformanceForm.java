package io.lotline.quarantine;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.math.BigDecimal;

/** The "Record nonconformance" task form; a quantity below the lot's splits it. */
public record NonconformanceForm(@TextField(Kind.MULTI_LINE) String description, String defectCategory, BigDecimal quantityAffected) {}
