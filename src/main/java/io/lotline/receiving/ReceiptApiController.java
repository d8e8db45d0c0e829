package io.lotline.receiving;

import io.lotline.web.IdempotentRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReceiptApiController {
    private final ReceiptService receipts;
    private final IdempotentRequests idempotentRequests;

    public ReceiptApiController(ReceiptService receipts, IdempotentRequests idempotentRequests) {
        this.receipts = receipts;
        this.idempotentRequests = idempotentRequests;
    }

    /** Receives a supplier lot; with an Idempotency-Key, a retry returns the first response and creates nothing. */
    @PostMapping("/api/receipts")
    ResponseEntity<ReceiptResponse> receive(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                            @RequestBody ReceiptRequest request) {
        if (idempotencyKey == null) {
            return ResponseEntity.status(HttpStatus.CREATED).body(receipts.receive(request));
        }
        return idempotentRequests.create("POST /api/receipts", idempotencyKey, request, ReceiptResponse.class,
                () -> receipts.receive(request));
    }
}
