package io.lotline.production.batch;

import io.lotline.traceability.LotStatus;
import java.math.BigDecimal;

/** What {@code POST /api/batches/{batchNumber}/consumptions} answers: the issue and what is left of the lot. */
public record IssueResult(String batchNumber, String lotNumber, BigDecimal quantity, String unit, BigDecimal lotQuantityLeft,
                          LotStatus lotStatus, String fefoOverriddenLot) {}
