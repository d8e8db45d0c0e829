package io.lotline.production.batch;

import io.lotline.signature.SignatureRequest;
import io.lotline.web.TextField.Kind;
import io.lotline.web.TextField;
import java.math.BigDecimal;

/**
 * Material issued to a batch. {@code fefoOverride} lets a QC manager issue a lot out of first-expiry-first-out order,
 * signed with meaning APPROVED_FEFO_OVERRIDE.
 */
public record ConsumptionRequest(String lotNumber, BigDecimal quantity, FefoOverride fefoOverride) {
    public record FefoOverride(@TextField(Kind.MULTI_LINE) String reason, SignatureRequest signature) {}
}
