package io.lotline.production.spc;

import io.lotline.production.batch.BatchStatus;
import java.util.List;

/** What {@code POST /api/batches/{batchNumber}/readings} answers. */
public record ReadingsResult(int accepted, List<ViolationView> violations, BatchStatus batchStatus, String holdNumber) {}
