package io.lotline.lots;

import io.lotline.approval.ConcessionView;
import io.lotline.capa.CapaSummary;
import io.lotline.dispatch.ShipmentView;
import io.lotline.inspection.InspectionView;
import io.lotline.production.batch.ConsumptionView;
import io.lotline.quarantine.NonconformanceView;
import io.lotline.release.ReleaseView;
import io.lotline.traceability.LotOrigin;
import io.lotline.traceability.LotStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A material lot with its inspections, concessions, nonconformances and their signatures, the batches it was issued
 * to and the CAPAs linked to it or its nonconformances, as returned by
 * {@code GET /api/lots/{lotNumber}}. {@code concessionDaysLeft} counts while the lot is conditionally released.
 */
/**
 * A lot with its whole record. For a finished lot ({@code origin} PRODUCED) the supplier fields are empty and
 * {@code producedBy}, {@code serials}, {@code release} and {@code shipments} describe where it came from and went.
 */
public record LotDetails(String lotNumber, LotOrigin origin, LotStatus status, String supplierCode, String supplierName,
                         String supplierLotNumber, String partNumber, String materialDescription, String purchaseOrder,
                         BigDecimal receivedQuantity, BigDecimal quantity, String unit, Instant receivedAt,
                         String receivedBy, LocalDate manufacturedOn, LocalDate expiresOn, String certificateOfConformance,
                         String processInstanceId, String openTask, LocalDate concessionUntil, Long concessionDaysLeft,
                         long version, List<InspectionView> inspections, List<ConcessionView> concessions,
                         List<NonconformanceView> nonconformances, List<ConsumptionView> issuedTo,
                         List<CapaSummary> capas, List<String> producedBy, long serials, ReleaseView release,
                         List<ShipmentView> shipments) {}
