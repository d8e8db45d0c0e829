package io.lotline.labeling;

import io.lotline.traceability.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The symbols a label can carry, named as in the {@code format} request parameter. */
public enum LabelFormat {
    DATAMATRIX("datamatrix"),
    GS1_128("gs1-128"),
    QR("qr");

    private final String parameter;

    LabelFormat(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static LabelFormat fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return DATAMATRIX;
        }
        return Arrays.stream(values()).filter(f -> f.parameter.equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "'" + value + "' is not a label format; use "
                        + Arrays.stream(values()).map(LabelFormat::parameter).collect(Collectors.joining(", "))));
    }
}
