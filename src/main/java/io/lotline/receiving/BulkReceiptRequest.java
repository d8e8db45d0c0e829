package io.lotline.receiving;

import java.util.List;

/** Up to {@value BulkReceipts#MAX_RECEIPTS} receipts in one request, as an ERP posts a delivery's pallets. */
public record BulkReceiptRequest(List<Item> receipts) {
    /** One receipt with the Idempotency-Key it would carry as a request of its own. */
    public record Item(String idempotencyKey, ReceiptRequest receipt) {}
}
