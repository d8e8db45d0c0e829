package io.lotline.receiving;

import io.lotline.traceability.LotStatus;

public record ReceiptResponse(String lotNumber, LotStatus status, String processInstanceId) {}
