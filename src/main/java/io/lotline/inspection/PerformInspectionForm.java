package io.lotline.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.lotline.web.NumberOrText;
import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.util.List;

/**
 * The "Perform incoming inspection" task form. {@code value} is the measurement for measured characteristics and
 * {@code PASS}/{@code FAIL} for attribute ones.
 */
public record PerformInspectionForm(List<Result> results, String decision, @TextField(Kind.MULTI_LINE) String comment) {
    public record Result(String characteristic, @JsonDeserialize(using = NumberOrText.class) String value) {}
}
