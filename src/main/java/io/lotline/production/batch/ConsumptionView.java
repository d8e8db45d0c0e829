package io.lotline.production.batch;

import io.lotline.traceability.LotStatus;
import java.math.BigDecimal;
import java.time.Instant;

public record ConsumptionView(String batchNumber, String lotNumber, String partNumber, BigDecimal quantity, String unit,
                              LotStatus lotStatusAtIssue, String fefoOverriddenLot, String fefoOverrideReason,
                              String overrideSignedBy, Instant issuedAt, String issuedBy) {
    static ConsumptionView of(MaterialConsumption c) {
        return new ConsumptionView(c.getBatch().getBatchNumber(), c.getLot().getLotNumber(),
                c.getLot().getMaterial().getPartNumber(), c.getQuantity(), c.getUnit(), c.getLotStatusAtIssue(),
                c.getFefoLotNumber(), c.getFefoOverrideReason(),
                c.getSignature() == null ? null : c.getSignature().getFullName(), c.getIssuedAt(), c.getIssuedBy());
    }
}
