package io.lotline.release;

import io.lotline.signature.SignatureView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A finished lot's signed release decision, for pages and the API. */
public record ReleaseView(ReleaseDecision decision, String comment, String conditions, LocalDate validUntil,
                          List<String> customerCodes, BigDecimal quantity, String inspectedBy, String decidedBy,
                          Instant decidedAt, SignatureView signature) {
    static ReleaseView of(LotRelease r) {
        return new ReleaseView(r.getDecision(), r.getComment(), r.getConditions(), r.getValidUntil(), r.getCustomerCodes(),
                r.getQuantity(), r.getInspectedBy(), r.getDecidedBy(), r.getDecidedAt(), SignatureView.of(r.getSignature()));
    }
}
