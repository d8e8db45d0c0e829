package io.lotline.production;

public record BatchHoldRequest(String reason) {}
