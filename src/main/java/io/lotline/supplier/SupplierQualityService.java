package io.lotline.supplier;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.Material;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.Supplier;
import io.lotline.traceability.SupplierRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    @PersistenceContext
    private EntityManager entityManager;

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

    /**
     * The inputs of the inspection-stage decision for a lot, from its supplier's history with its material, read under
     * the history's row lock: the lock is held until the receipt commits, so concurrent receipts of the same supplier's
     * material are decided one after the other on the history as the previous one left it — the stages come out as if
     * the receipts had come one by one — and none of them fails on a stale version.
     */
    @Transactional
    public Map<String, Object> stageDecisionInputs(String lotNumber) {
        MaterialLot lot = lotStatus.require(lotNumber);
        SupplierMaterialQuality history = lockedHistory(lot);
        return Map.of(
                "supplierStatus", lot.getSupplier().getStatus().name(),
                "currentStage", history.getStage().name(),
                "lastResult", history.getLastResult().name(),
                "passesAtStage", history.getPassesAtStage(),
                "lotsSkipped", history.getLotsSkipped());
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

    /**
     * Locks the supplier's history with the material for the caller's transaction (creating it for a first lot). A
     * receipt calls this before it writes anything, so that the stage is decided on the history as the previous
     * receipt left it, and the lock is the first one the receipt takes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockHistory(Supplier supplier, Material material) {
        lockedHistory(supplier, material);
    }

    private SupplierMaterialQuality lockedHistory(MaterialLot lot) {
        return lockedHistory(lot.getSupplier(), lot.getMaterial());
    }

    /**
     * The history row, locked (SELECT … FOR UPDATE) until the caller's transaction ends, and read fresh under the lock.
     * Two first lots of a new supplier–material pair at the same moment can still collide on creating the row (the
     * loser answers 409 and may be retried); from then on, concurrent receipts queue on the lock and never conflict.
     */
    private SupplierMaterialQuality lockedHistory(Supplier supplier, Material material) {
        SupplierMaterialQuality history = histories.lock(supplier.getId(), material.getId())
                .orElseGet(() -> histories.saveAndFlush(new SupplierMaterialQuality(supplier, material, now())));
        entityManager.refresh(history); // an earlier read in this transaction must not shadow what the lock sees
        return history;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
