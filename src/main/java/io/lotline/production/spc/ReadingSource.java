package io.lotline.production.spc;

public enum ReadingSource {
    OPERATOR,
    SENSOR
}
