package io.lotline.lots;

import io.lotline.approval.ConcessionView;
import io.lotline.capa.CapaSummary;
import io.lotline.dispatch.ShipmentView;
import io.lotline.environment.ExcursionView;
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
 * A lot with its whole record, as {@code GET /api/lots/{lotNumber}} returns it: its inspections, concessions,
 * nonconformances and their signatures, the batches it was issued to and the CAPAs linked to it or its
 * nonconformances; {@code concessionDaysLeft} counts while the lot is conditionally released. For a finished lot
 * ({@code origin} PRODUCED) the supplier fields are empty and {@code producedBy}, {@code excursions} (those its batches
 * were exposed to, or naming it), {@code serials}, {@code release} and {@code shipments} describe where it came from
 * and went.
 */
public record LotDetails(String lotNumber, LotOrigin origin, LotStatus status, String supplierCode, String supplierName,
                         String supplierLotNumber, String partNumber, String materialDescription, String purchaseOrder,
                         BigDecimal receivedQuantity, BigDecimal quantity, String unit, Instant receivedAt,
                         String receivedBy, LocalDate manufacturedOn, LocalDate expiresOn, String certificateOfConformance,
                         String processInstanceId, String openTask, LocalDate concessionUntil, Long concessionDaysLeft,
                         long version, List<InspectionView> inspections, List<ConcessionView> concessions,
                         List<NonconformanceView> nonconformances, List<ConsumptionView> issuedTo,
                         List<CapaSummary> capas, List<String> producedBy, List<ExcursionView> excursions,
                         long serials, ReleaseView release, List<ShipmentView> shipments) {}
