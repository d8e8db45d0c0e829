package io.lotline.quarantine;

import io.lotline.traceability.LotStatus;

public record LotStatusResponse(String lotNumber, LotStatus status) {}
