package io.lotline.supplier;

import io.lotline.traceability.SupplierStatus;
import java.time.Instant;
import java.util.List;

/** A supplier's page: status, inspection stage and pass rate per material, corrective action requests. */
public record SupplierQualityView(String code, String name, SupplierStatus status, List<MaterialQuality> materials,
                                  List<Scar> scars) {
    public record MaterialQuality(String partNumber, InspectionStage stage, int passesAtStage, int lotsSkipped,
                                  int inspections, int passes, Integer passRatePercent, SupplierMaterialQuality.Result lastResult) {
        static MaterialQuality of(SupplierMaterialQuality q) {
            return new MaterialQuality(q.getMaterial().getPartNumber(), q.getStage(), q.getPassesAtStage(), q.getLotsSkipped(),
                    q.getInspections(), q.getPasses(),
                    q.getInspections() == 0 ? null : Math.round(100f * q.getPasses() / q.getInspections()), q.getLastResult());
        }
    }

    public record Scar(String number, String lotNumber, String description, SupplierCorrectiveAction.Status status,
                       String raisedBy, Instant raisedAt) {
        static Scar of(SupplierCorrectiveAction s) {
            return new Scar(s.getScarNumber(), s.getLotNumber(), s.getDescription(), s.getStatus(), s.getRaisedBy(),
                    s.getRaisedAt());
        }
    }
}
