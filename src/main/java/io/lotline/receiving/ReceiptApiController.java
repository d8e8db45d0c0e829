package io.lotline.receiving;

import io.lotline.web.BulkItemResult;
import io.lotline.web.IdempotentRequests;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReceiptApiController {
    /** The operation an Idempotency-Key belongs to, for single and bulk receipts alike. */
    static final String OPERATION = "POST /api/receipts";

    private final ReceiptService receipts;
    private final BulkReceipts bulkReceipts;
    private final IdempotentRequests idempotentRequests;

    public ReceiptApiController(ReceiptService receipts, BulkReceipts bulkReceipts,
                                IdempotentRequests idempotentRequests) {
        this.receipts = receipts;
        this.bulkReceipts = bulkReceipts;
        this.idempotentRequests = idempotentRequests;
    }

    /** Receives a supplier lot; with an Idempotency-Key, a retry returns the first response and creates nothing. */
    @PostMapping("/api/receipts")
    ResponseEntity<ReceiptResponse> receive(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                            @RequestBody ReceiptRequest request) {
        if (idempotencyKey == null) {
            return ResponseEntity.status(HttpStatus.CREATED).body(receipts.receive(request));
        }
        return idempotentRequests.create(OPERATION, idempotencyKey, request, ReceiptResponse.class,
                () -> receipts.receive(request));
    }

    /**
     * Receives up to 1,000 supplier lots, each with its own Idempotency-Key: 200 with one result per item in order,
     * 201 with the lot or the item's own problem; one bad item never blocks the others.
     */
    @PostMapping("/api/receipts/bulk")
    List<BulkItemResult<ReceiptResponse>> receiveBulk(@RequestBody BulkReceiptRequest request) {
        return bulkReceipts.receive(request);
    }
}
