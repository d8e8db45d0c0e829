package io.lotline.masterdata;

public record CustomerRequest(String code, String name, String address) {}
