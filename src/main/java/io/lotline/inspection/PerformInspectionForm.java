package io.lotline.inspection;

import java.util.List;

/**
 * The "Perform incoming inspection" task form. {@code value} is the measurement for measured characteristics and
 * {@code PASS}/{@code FAIL} for attribute ones.
 */
public record PerformInspectionForm(List<Result> results, String decision, String comment) {
    public record Result(String characteristic, String value) {}
}
