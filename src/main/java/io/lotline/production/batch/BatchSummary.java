package io.lotline.production.batch;

import java.time.Instant;

/** A batch as lists show it. */
public record BatchSummary(String batchNumber, BatchStatus status, String productPartNumber, int plannedQuantity,
                           String machineId, String moldId, int cavities, String shift, String operator,
                           Instant createdAt) {
    static BatchSummary of(ProductionBatch b) {
        return new BatchSummary(b.getBatchNumber(), b.getStatus(), b.getProduct().getPartNumber(), b.getPlannedQuantity(),
                b.getMachineId(), b.getMoldId(), b.getCavities(), b.getShift(), b.getOperator(), b.getCreatedAt());
    }
}
