package io.lotline.receiving;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A goods receipt: one supplier lot of one material delivered against a purchase order. A supplier lot already
 * received from the same supplier is refused unless {@code confirmDuplicateSupplierLot} says this is a further
 * delivery of it.
 */
public record ReceiptRequest(String supplierCode, String partNumber, String supplierLotNumber, String purchaseOrder,
                             BigDecimal quantity, String unit, LocalDate manufacturedOn, LocalDate expiresOn,
                             String certificateOfConformance, Boolean confirmDuplicateSupplierLot) {}
