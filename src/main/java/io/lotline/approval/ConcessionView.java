package io.lotline.approval;

import io.lotline.signature.SignatureView;
import java.time.Instant;
import java.time.LocalDate;

public record ConcessionView(long id, boolean approved, String reason, String conditions, LocalDate validUntil,
                             String decidedBy, Instant decidedAt, Instant expiredAt, SignatureView signature) {
    public static ConcessionView of(Concession c) {
        return new ConcessionView(c.getId(), c.isApproved(), c.getReason(), c.getConditions(), c.getValidUntil(),
                c.getDecidedBy(), c.getDecidedAt(), c.getExpiredAt(), c.getSignature() == null ? null : SignatureView.of(c.getSignature()));
    }
}
