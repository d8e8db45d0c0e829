package io.lotline.supplier;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.SupplierRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supplier quality: each supplier's inspection history per material, which drives the inspection stage. */
@Service
public class SupplierQualityService {
    private final SupplierMaterialQualityRepository histories;
    private final SupplierCorrectiveActionRepository scars;
    private final SupplierRepository suppliers;
    private final LotStatusService lotStatus;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public SupplierQualityService(SupplierMaterialQualityRepository histories, SupplierCorrectiveActionRepository scars,
                                  SupplierRepository suppliers, LotStatusService lotStatus, AuditTrail auditTrail,
                                  Clock clock) {
        this.histories = histories;
        this.scars = scars;
        this.suppliers = suppliers;
        this.lotStatus = lotStatus;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The inputs of the inspection-stage decision for a lot, from its supplier's history with its material. */
    @Transactional(readOnly = true)
    public Map<String, Object> stageDecisionInputs(String lotNumber) {
        MaterialLot lot = lotStatus.require(lotNumber);
        var history = histories.findBySupplierIdAndMaterialId(lot.getSupplier().getId(), lot.getMaterial().getId());
        return Map.of(
                "supplierStatus", lot.getSupplier().getStatus().name(),
                "currentStage", history.map(h -> h.getStage().name()).orElse(InspectionStage.NORMAL.name()),
                "lastResult", history.map(h -> h.getLastResult().name()).orElse(SupplierMaterialQuality.Result.NONE.name()),
                "passesAtStage", history.map(SupplierMaterialQuality::getPassesAtStage).orElse(0),
                "lotsSkipped", history.map(SupplierMaterialQuality::getLotsSkipped).orElse(0));
    }

    /** Keeps the stage decided for a lot; a change of stage is audited. */
    @Transactional
    public void applyStage(String lotNumber, InspectionStage decided, String processInstanceId) {
        MaterialLot lot = lotStatus.require(lotNumber);
        SupplierMaterialQuality history = lockedHistory(lot);
        InspectionStage before = history.getStage();
        history.applyStage(decided, now());
        if (before != decided) {
            auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "SUPPLIER_QUALITY",
                            lot.getSupplier().getCode() + "/" + lot.getMaterial().getPartNumber())
                    .lot(lotNumber).process(processInstanceId).change("stage", before, decided)
                    .reason("Inspection stage decided by inspection-stage.dmn for lot " + lotNumber));
        }
    }

    /** Counts an inspection of a supplier's lot: a PASS extends the run, anything else breaks it. */
    @Transactional
    public void recordResult(MaterialLot lot, boolean passed) {
        lockedHistory(lot).recordResult(passed, now());
    }

    @Transactional(readOnly = true)
    public SupplierQualityView forSupplier(String supplierCode) {
        var supplier = suppliers.findByCode(supplierCode).orElseThrow(() -> new NotFoundException("No supplier " + supplierCode));
        return new SupplierQualityView(supplier.getCode(), supplier.getName(), supplier.getStatus(),
                histories.findBySupplierCode(supplierCode).stream().map(SupplierQualityView.MaterialQuality::of).toList(),
                scars.findBySupplierCodeOrderByIdDesc(supplierCode).stream().map(SupplierQualityView.Scar::of).toList());
    }

    private SupplierMaterialQuality lockedHistory(MaterialLot lot) {
        return histories.lock(lot.getSupplier().getId(), lot.getMaterial().getId())
                .orElseGet(() -> histories.saveAndFlush(new SupplierMaterialQuality(lot.getSupplier(), lot.getMaterial(), now())));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
