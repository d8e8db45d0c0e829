package io.lotline.lots;

import io.lotline.traceability.SerialUnit;
import java.time.Instant;
import java.time.LocalDate;

/** One serialised unit; {@code status} is SHIPPED once shipped, otherwise the status of its lot. */
public record SerialView(String serial, String gtin, String partNumber, String lotNumber, String batchNumber,
                         Integer cavity, String status, LocalDate producedOn, LocalDate expiresOn, Instant createdAt,
                         String shipmentNumber) {
    static SerialView of(SerialUnit unit, String shipmentNumber) {
        return new SerialView(unit.getSerial(), unit.getGtin(), unit.getLot().getMaterial().getPartNumber(),
                unit.getLot().getLotNumber(), unit.getBatchNumber(), unit.getCavity(), unit.effectiveStatus(),
                unit.getLot().getManufacturedOn(), unit.getLot().getExpiresOn(), unit.getCreatedAt(), shipmentNumber);
    }
}
