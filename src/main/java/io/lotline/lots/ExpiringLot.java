package io.lotline.lots;

public record ExpiringLot(LotSummary lot, long daysLeft) {}
