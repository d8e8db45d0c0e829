package io.lotline.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.lotline.web.NumberOrText;
import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The inspection task form (incoming, final, re-test). {@code value} is the measurement for measured characteristics and
 * {@code PASS}/{@code FAIL} for attribute ones; an attribute of a sampled lot gives {@code sampleSize} (items inspected)
 * and {@code defectives} (nonconforming items among them) instead, or with a matching value. A SPLIT decision gives
 * {@code acceptedQuantity} and {@code rejectedQuantity} (adding up to the lot) and, for a serialised lot, the
 * {@code rejectedSerials}.
 */
public record PerformInspectionForm(List<Result> results, String decision, @TextField(Kind.MULTI_LINE) String comment,
                                    BigDecimal acceptedQuantity, BigDecimal rejectedQuantity, List<String> rejectedSerials) {
    public PerformInspectionForm {
        rejectedSerials = rejectedSerials == null ? List.of() : rejectedSerials;
    }

    public record Result(String characteristic, @JsonDeserialize(using = NumberOrText.class) String value,
                         Integer sampleSize, Integer defectives) {}
}
