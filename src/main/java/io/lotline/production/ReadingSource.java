package io.lotline.production;

public enum ReadingSource {
    OPERATOR,
    SENSOR
}
