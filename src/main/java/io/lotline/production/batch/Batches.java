package io.lotline.production.batch;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.RecordDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finding and locking batches, and the one place their status changes: checked against {@link BatchStatus}, audited. */
@Component
public class Batches implements RecordDirectory {
    private final ProductionBatchRepository batches;
    private final AuditTrail auditTrail;

    Batches(ProductionBatchRepository batches, AuditTrail auditTrail) {
        this.batches = batches;
        this.auditTrail = auditTrail;
    }

    @Transactional(readOnly = true)
    public ProductionBatch require(String batchNumber) {
        return batches.findByBatchNumber(batchNumber).orElseThrow(() -> new NotFoundException("No batch " + batchNumber));
    }

    /** The batch, locked until the transaction ends, so its issues, readings and holds are applied one at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProductionBatch lock(String batchNumber) {
        return batches.findForUpdate(batchNumber).orElseThrow(() -> new NotFoundException("No batch " + batchNumber));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void change(ProductionBatch batch, BatchStatus target, String reason, String processInstanceId) {
        BatchStatus from = batch.getStatus();
        batch.changeStatus(target);
        auditTrail.record(AuditEvent.of(AuditAction.STATUS_CHANGE, "BATCH", batch.getBatchNumber())
                .change("status", from, target).reason(reason).process(processInstanceId));
    }

    @Override
    public String recordType() {
        return "BATCH";
    }

    @Override
    public boolean exists(String id) {
        return batches.existsByBatchNumber(id);
    }
}
