package io.lotline.production.batch;

import io.lotline.traceability.ConflictException;

public class IllegalBatchTransitionException extends ConflictException {
    public IllegalBatchTransitionException(String batchNumber, BatchStatus from, BatchStatus to) {
        super("Batch " + batchNumber + " is " + from + " and cannot become " + to);
    }
}
