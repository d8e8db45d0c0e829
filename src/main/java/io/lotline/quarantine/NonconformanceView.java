package io.lotline.quarantine;

import io.lotline.signature.SignatureView;
import io.lotline.traceability.LotStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record NonconformanceView(long id, String number, String lotNumber, String originLotNumber,
                                 NonconformanceOrigin origin, String quarantineReason, LotStatus statusBefore,
                                 Instant openedAt, String openedBy, Nonconformance.Status status, String description,
                                 DefectCategory defectCategory, BigDecimal quantityAffected, String unit,
                                 String recordedBy, Instant recordedAt, Disposition disposition, String justification,
                                 String returnReference, String conditions, LocalDate validUntil, String decidedBy,
                                 Instant decidedAt, List<SignatureView> signatures, String reworkDescription,
                                 String reworkedBy, LocalDate expiredOn, LocalDate extendedUntil,
                                 String extensionJustification, String extensionApprovedBy,
                                 BigDecimal acceptedQuantity, List<String> rejectedSerials, String acceptedLotNumber) {
    /** With every signature applied to it: hold, release from hold, disposition. */
    static NonconformanceView of(Nonconformance n, List<SignatureView> signatures) {
        return new NonconformanceView(n.getId(), n.getNumber(), n.getLot().getLotNumber(), n.getOriginLot().getLotNumber(),
                n.getOrigin(), n.getQuarantineReason(), n.getStatusBefore(), n.getOpenedAt(), n.getOpenedBy(), n.getStatus(),
                n.getDescription(), n.getDefectCategory(), n.getQuantityAffected(), n.getLot().getUnit(), n.getRecordedBy(),
                n.getRecordedAt(), n.getDisposition(), n.getJustification(), n.getReturnReference(), n.getConditions(),
                n.getValidUntil(), n.getDecidedBy(), n.getDecidedAt(),
                signatures, n.getReworkDescription(),
                n.getReworkedBy(), n.getExpiredOn(), n.getExtendedUntil(), n.getExtensionJustification(),
                n.getExtensionApprovedBy(), n.getAcceptedQuantity(), n.getRejectedSerials(),
                n.getAcceptedLot() == null ? null : n.getAcceptedLot().getLotNumber());
    }
}
