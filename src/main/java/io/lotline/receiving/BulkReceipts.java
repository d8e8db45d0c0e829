package io.lotline.receiving;

import io.lotline.traceability.InvalidInputException;
import io.lotline.web.BulkItemResult;
import io.lotline.web.BulkItems;
import io.lotline.web.IdempotentRequests;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Receives many supplier lots in one request, each exactly as {@code POST /api/receipts} with its own
 * Idempotency-Key would: the same checks, its own transaction, and the same stored response, so an item sent again,
 * in a bulk request or on its own, creates nothing twice.
 */
@Component
class BulkReceipts {
    static final int MAX_RECEIPTS = 1000;

    private final ReceiptService receipts;
    private final IdempotentRequests idempotentRequests;

    BulkReceipts(ReceiptService receipts, IdempotentRequests idempotentRequests) {
        this.receipts = receipts;
        this.idempotentRequests = idempotentRequests;
    }

    List<BulkItemResult<ReceiptResponse>> receive(BulkReceiptRequest request) {
        if (request.receipts() == null || request.receipts().isEmpty() || request.receipts().size() > MAX_RECEIPTS) {
            throw new InvalidInputException("receipts", "1 to " + MAX_RECEIPTS + " receipts");
        }
        List<BulkItemResult<ReceiptResponse>> results = new ArrayList<>();
        for (int index = 0; index < request.receipts().size(); index++) {
            BulkReceiptRequest.Item item = request.receipts().get(index);
            String field = "receipts[" + index + "]";
            results.add(BulkItems.run(ReceiptApiController.OPERATION, index, () -> {
                if (item == null || item.receipt() == null) {
                    throw new InvalidInputException(field + ".receipt", "is required");
                }
                if (!StringUtils.hasText(item.idempotencyKey())) {
                    throw new InvalidInputException(field + ".idempotencyKey", "is required, so that the item is "
                            + "created once however often the request is sent");
                }
                return idempotentRequests.create(ReceiptApiController.OPERATION, item.idempotencyKey(), item.receipt(),
                        ReceiptResponse.class, () -> receipts.receive(item.receipt()));
            }));
        }
        return results;
    }
}
