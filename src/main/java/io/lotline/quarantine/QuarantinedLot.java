package io.lotline.quarantine;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of the quarantine list. */
public record QuarantinedLot(String lotNumber, String partNumber, String supplierCode, BigDecimal quantity, String unit,
                             String nonconformance, NonconformanceOrigin origin, String reason, Instant quarantinedAt,
                             long ageDays, String waitingFor) {}
