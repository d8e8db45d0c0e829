package io.lotline.quarantine;

import io.lotline.web.TextField.Kind;
import io.lotline.web.TextField;
import java.math.BigDecimal;
import java.util.List;

/**
 * The "Record nonconformance" task form; a quantity below the lot's splits it, and a serialised lot's split names the
 * {@code serials} of the nonconforming units.
 */
public record NonconformanceForm(@TextField(Kind.MULTI_LINE) String description, String defectCategory,
                                 BigDecimal quantityAffected, List<String> serials) {
    public NonconformanceForm {
        serials = serials == null ? List.of() : serials;
    }
}
