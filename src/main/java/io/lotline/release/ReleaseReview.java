package io.lotline.release;

import io.lotline.capa.CapaSource;
import io.lotline.capa.CapaStatus;
import io.lotline.inspection.InspectionDecision;
import io.lotline.inspection.InspectionView;
import io.lotline.production.BatchView;
import io.lotline.production.spc.ReadingSummary;
import io.lotline.traceability.LotStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The production record review (device history record) of a finished lot, built from the records as they are now:
 * what went in, how each batch ran, what was inspected, and what blocks the release.
 */
public record ReleaseReview(String lotNumber, LotStatus status, String partNumber, String description, String gtin,
                            BigDecimal quantity, String unit, int madeQuantity, int scrappedQuantity, long serials,
                            LocalDate producedOn, LocalDate expiresOn, List<InputLot> inputs, List<BatchRecord> batches,
                            List<RelatedCapa> capas, InspectionView finalInspection, ReleaseView release,
                            List<String> blockers, Instant builtAt) {

    /** A material lot consumed by one of the batches, with its status when issued and now. */
    public record InputLot(String batchNumber, String lotNumber, String partNumber, String supplierCode,
                           String supplierLotNumber, BigDecimal quantity, String unit, LotStatus statusAtIssue,
                           LotStatus statusNow, InspectionDecision incomingDecision) {}

    /**
     * A CAPA linked to the finished lot, to a batch of its release group or to one of its input lots, with what it is
     * linked to ("the lot", "batch PB-…", "input lot ML-…"): while it is open, the lot is not released.
     */
    public record RelatedCapa(String capaNumber, String title, CapaSource source, CapaStatus status, String linkedTo) {}

    /** A batch of the release group with its readings summarised per parameter. */
    public record BatchRecord(BatchView batch, List<ReadingSummary> readings) {}

    public boolean releasable() {
        return blockers.isEmpty();
    }
}
