package io.lotline.lots;

import io.lotline.traceability.LotStatus;
import io.lotline.traceability.MaterialLot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record LotSummary(String lotNumber, LotStatus status, String partNumber, String supplierCode,
                         String supplierLotNumber, BigDecimal quantity, String unit, Instant receivedAt, LocalDate expiresOn) {
    static LotSummary of(MaterialLot lot) {
        return new LotSummary(lot.getLotNumber(), lot.getStatus(), lot.getMaterial().getPartNumber(),
                lot.supplierCode(), lot.getSupplierLotNumber(), lot.getQuantity(), lot.getUnit(),
                lot.getReceivedAt(), lot.getExpiresOn());
    }
}
