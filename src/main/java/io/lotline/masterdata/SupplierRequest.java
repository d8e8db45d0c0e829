package io.lotline.masterdata;

public record SupplierRequest(String code, String name, String status) {}
