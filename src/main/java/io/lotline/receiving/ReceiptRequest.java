package io.lotline.receiving;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A goods receipt: one supplier lot of one material delivered against a purchase order. */
public record ReceiptRequest(String supplierCode, String partNumber, String supplierLotNumber, String purchaseOrder,
                             BigDecimal quantity, String unit, LocalDate manufacturedOn, LocalDate expiresOn,
                             String certificateOfConformance) {}
