package io.lotline.capa;

/** A record a CAPA links to, by type ({@code MATERIAL_LOT}, {@code BATCH}, ...) and identifier. */
public record LinkedRecord(String type, String id) {}
