package io.lotline.production.batch;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.environment.Room;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.RecordDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finding and locking batches, and the one place their status changes: checked against {@link BatchStatus}, audited. */
@Component
public class Batches implements RecordDirectory {
    /** A batch during its run: running, or on hold (also one held after completion, whose run is over). */
    private static final Set<BatchStatus> RUNNING_OR_HELD = Set.of(BatchStatus.RUNNING, BatchStatus.ON_HOLD);

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

    /**
     * The room's batches that are running or on hold, locked as {@link #lock}; locked in batch-number order, so two
     * transactions locking several of them cannot deadlock each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProductionBatch> lockRunningOrHeldIn(Room room) {
        return batches.findInRoomForUpdate(room, RUNNING_OR_HELD);
    }

    /**
     * The batch whose run on the machine covers the time {@code at}: started by then, not completed, RUNNING or on
     * hold during its run (readings are taken then too); the latest started if the records show more than one.
     */
    @Transactional(readOnly = true)
    public Optional<String> runningOn(String machineId, Instant at) {
        return batches.findRunningOn(machineId, RUNNING_OR_HELD, at, PageRequest.of(0, 1)).stream().findFirst();
    }

    /** The finished lots of the room's batches whose run overlaps the period (a run not completed lasts to now). */
    @Transactional(readOnly = true)
    public List<String> finishedLotsMadeIn(Room room, Instant from, Instant to) {
        return batches.findFinishedLotsMadeIn(room, from, to);
    }

    @Transactional(readOnly = true)
    public boolean isLotMadeIn(String lotNumber, Room room) {
        return batches.existsByRoomAndFinishedLotLotNumber(room, lotNumber);
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
