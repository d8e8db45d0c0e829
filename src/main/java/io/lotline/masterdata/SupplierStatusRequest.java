package io.lotline.masterdata;

public record SupplierStatusRequest(String status, String reason) {}
