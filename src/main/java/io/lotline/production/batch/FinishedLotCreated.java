package io.lotline.production.batch;

/** Published inside the completing transaction when a batch's good parts open a new finished lot. */
public record FinishedLotCreated(String lotNumber, String batchNumber) {}
