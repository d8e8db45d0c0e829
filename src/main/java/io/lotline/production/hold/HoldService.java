package io.lotline.production.hold;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.capa.CapaService;
import io.lotline.capa.CapaSource;
import io.lotline.capa.LinkedRecord;
import io.lotline.production.batch.BatchStatus;
import io.lotline.production.batch.Batches;
import io.lotline.production.batch.ProductionBatch;
import io.lotline.signature.ElectronicSignature;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.NotFoundException;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import io.lotline.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-process holds: a batch stops at once (no issue, completion or release) and bpmn/in-process-hold.bpmn runs — a
 * technician investigates, another person (QC manager) signs RESUME, SCRAP_CAVITY or REJECT_BATCH and may open a CAPA.
 */
@Service
public class HoldService {
    public static final String PROCESS_KEY = "in-process-hold";
    static final String HELD_MESSAGE = "batchHeld";
    static final String INVESTIGATE_TASK = "investigateHold";
    static final String DECIDE_TASK = "decideHold";

    private final InProcessHoldRepository holds;
    private final Batches batches;
    private final Signatures signatures;
    private final CapaService capas;
    private final TaskWork taskWork;
    private final Workflow workflow;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public HoldService(InProcessHoldRepository holds, Batches batches, Signatures signatures, CapaService capas,
                       TaskWork taskWork, Workflow workflow, AuditTrail auditTrail, Clock clock) {
        this.holds = holds;
        this.batches = batches;
        this.signatures = signatures;
        this.capas = capas;
        this.taskWork = taskWork;
        this.workflow = workflow;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Puts a batch (locked by the caller) on hold and starts the hold process by its message: a running batch, or a
     * completed one whose finished lot has not been released yet (a hold then blocks the lot's release).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InProcessHold open(ProductionBatch lockedBatch, HoldOrigin origin, String reason, List<Integer> cavities) {
        if (!holdable(lockedBatch)) {
            throw new ConflictException("Batch " + lockedBatch.getBatchNumber() + " is " + lockedBatch.getStatus()
                    + "; only a RUNNING batch, or a COMPLETED one whose finished lot is still in release review, can be put"
                    + " on hold (hold a released finished lot itself)");
        }
        InProcessHold hold = holds.save(new InProcessHold("HOLD-%d-%05d".formatted(LocalDate.now(clock).getYear(),
                holds.nextNumber()), lockedBatch, origin, reason, cavities, now(), CurrentUser.id()));
        String batchNumber = lockedBatch.getBatchNumber();
        String processInstanceId = workflow.startByMessage(HELD_MESSAGE, batchNumber,
                Map.of(Workflow.BATCH_NUMBER, batchNumber, "holdNumber", hold.getHoldNumber()));
        hold.attachProcess(processInstanceId);
        batches.change(lockedBatch, BatchStatus.ON_HOLD, hold.getHoldNumber() + ": " + reason, processInstanceId);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "IN_PROCESS_HOLD", hold.getHoldNumber())
                .process(processInstanceId).set("batch", batchNumber).set("origin", origin)
                .set("cavities", cavities.isEmpty() ? null : cavities).reason(reason));
        return hold;
    }

    /** A technician's or manager's hold of a running batch, with the reason. */
    @Transactional
    public HoldView holdBatch(String batchNumber, BatchHoldRequest request) {
        List<FieldError> errors = new ArrayList<>();
        requireText(request.reason(), "reason", 2000, errors);
        throwIfAny(errors);
        InProcessHold hold = open(batches.lock(batchNumber), HoldOrigin.MANUAL, request.reason().trim(), List.of());
        return HoldView.of(hold, List.of());
    }

    /** Whether the batch can be put on hold now: running, or completed with its finished lot in release review. */
    @Transactional(readOnly = true)
    public boolean canBeHeld(String batchNumber) {
        return holdable(batches.require(batchNumber));
    }

    /**
     * A recall's hold of a batch it reached, if the batch can still be held (running, or completed with its finished
     * lot in release review). Returns the hold number, or empty.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> holdForRecall(String batchNumber, String reason) {
        ProductionBatch batch = batches.lock(batchNumber);
        if (!holdable(batch)) {
            return Optional.empty();
        }
        return Optional.of(open(batch, HoldOrigin.RECALL, reason, List.of()).getHoldNumber());
    }

    private static boolean holdable(ProductionBatch batch) {
        boolean completedAwaitingRelease = batch.getStatus() == BatchStatus.COMPLETED && batch.getFinishedLot() != null
                && batch.getFinishedLot().getStatus() == LotStatus.IN_RELEASE_REVIEW;
        return batch.getStatus() == BatchStatus.RUNNING || completedAwaitingRelease;
    }

    /** The batch's hold that is not yet closed, if any. */
    @Transactional(readOnly = true)
    public InProcessHold openHoldOf(ProductionBatch batch) {
        return holds.findOpenByBatch(batch).orElse(null);
    }

    @Transactional
    public void investigate(WorkTask task, InvestigationForm form) {
        InProcessHold hold = forTask(task, InProcessHold.Status.OPEN);
        int cavityCount = hold.getBatch().getCavities();
        List<FieldError> errors = new ArrayList<>();
        requireText(form.findings(), "findings", 2000, errors);
        requireText(form.suspectedCause(), "suspectedCause", 2000, errors);
        List<Integer> affected = cavities(form.affectedCavities(), "affectedCavities", cavityCount, errors);
        if (form.affectedQuantity() == null || form.affectedQuantity() < 0) {
            errors.add(new FieldError("affectedQuantity", "give the quantity affected (0 or more parts)"));
        }
        throwIfAny(errors);
        hold.investigate(form.findings().trim(), form.suspectedCause().trim(), affected, form.affectedQuantity(),
                CurrentUser.id(), now());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "IN_PROCESS_HOLD", hold.getHoldNumber())
                .process(task.processInstanceId())
                .change("status", InProcessHold.Status.OPEN, hold.getStatus())
                .set("findings", hold.getFindings()).set("suspectedCause", hold.getSuspectedCause())
                .set("affectedCavities", affected.isEmpty() ? null : affected)
                .set("affectedQuantity", hold.getAffectedQuantity()));
        taskWork.complete(task, Map.of());
    }

    /** The QC manager's signed decision; whoever investigated the hold cannot decide it. */
    @Transactional
    public void decide(WorkTask task, HoldDecisionForm form) {
        InProcessHold hold = forTask(task, InProcessHold.Status.INVESTIGATED);
        String user = CurrentUser.id();
        if (user.equals(hold.getInvestigatedBy())) {
            throw new ActionForbiddenException("You investigated hold " + hold.getHoldNumber()
                    + "; its decision must be signed by another person (four-eyes).");
        }
        List<FieldError> errors = new ArrayList<>();
        HoldDecision decision = parseEnum(HoldDecision.class, form.decision(), "decision", errors);
        requireText(form.justification(), "justification", 2000, errors);
        List<Integer> scrapCavities = List.of();
        if (decision == HoldDecision.SCRAP_CAVITY && hold.getBatchStatusBefore() == BatchStatus.COMPLETED) {
            errors.add(new FieldError("decision", "batch " + hold.getBatch().getBatchNumber() + " was already completed:"
                    + " its parts are in finished lot " + hold.getBatch().getFinishedLot().getLotNumber()
                    + "; RESUME or REJECT_BATCH (scrapping cavities is for a running batch)"));
        } else if (decision == HoldDecision.SCRAP_CAVITY) {
            scrapCavities = cavities(form.scrapCavities(), "scrapCavities", hold.getBatch().getCavities(), errors);
            if (scrapCavities.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("scrapCavities"))) {
                errors.add(new FieldError("scrapCavities", "name the cavities whose parts are scrapped"));
            }
            if (form.scrapQuantity() == null || form.scrapQuantity() <= 0) {
                errors.add(new FieldError("scrapQuantity", "give the number of parts scrapped (greater than 0)"));
            }
        }
        throwIfAny(errors);
        signatures.authenticate(form.signature(), SignatureMeaning.APPROVED_HOLD_DECISION);

        boolean openCapa = Boolean.TRUE.equals(form.openCapa());
        hold.decide(decision, form.justification().trim(), scrapCavities,
                decision == HoldDecision.SCRAP_CAVITY ? form.scrapQuantity() : null, openCapa, user, now());
        holds.flush();
        ElectronicSignature signature = signatures.sign(SignatureMeaning.APPROVED_HOLD_DECISION, "IN_PROCESS_HOLD",
                hold.getHoldNumber(), hold.signedContent(), null, task.processInstanceId());
        hold.attach(signature);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "IN_PROCESS_HOLD", hold.getHoldNumber())
                .process(task.processInstanceId())
                .change("status", InProcessHold.Status.INVESTIGATED, hold.getStatus())
                .set("decision", decision)
                .set("scrapCavities", scrapCavities.isEmpty() ? null : scrapCavities)
                .set("scrapQuantity", hold.getScrapQuantity())
                .set("openCapa", openCapa)
                .set("signature", SignatureMeaning.APPROVED_HOLD_DECISION + " by " + signature.getFullName())
                .reason(hold.getJustification()));
        taskWork.complete(task, Map.of("decision", decision.name(), "openCapa", openCapa));
    }

    @Transactional
    public void resume(String holdNumber, String processInstanceId) {
        InProcessHold hold = require(holdNumber);
        ProductionBatch batch = batches.lock(hold.getBatch().getBatchNumber());
        batches.change(batch, hold.getBatchStatusBefore(), holdNumber + " decided " + hold.getDecision() + ": "
                + hold.getJustification(), processInstanceId);
        close(hold, processInstanceId);
    }

    @Transactional
    public void scrapCavities(String holdNumber, String processInstanceId) {
        InProcessHold hold = require(holdNumber);
        ProductionBatch batch = batches.lock(hold.getBatch().getBatchNumber());
        int before = batch.getScrappedOnHold();
        batch.scrapOnHold(hold.getScrapQuantity());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "BATCH", batch.getBatchNumber()).process(processInstanceId)
                .change("scrappedOnHold", before, batch.getScrappedOnHold())
                .reason(holdNumber + ": " + hold.getScrapQuantity() + " parts from cavities " + hold.getScrapCavities()
                        + " scrapped"));
        resume(holdNumber, processInstanceId);
    }

    @Transactional
    public void rejectBatch(String holdNumber, String processInstanceId) {
        InProcessHold hold = require(holdNumber);
        ProductionBatch batch = batches.lock(hold.getBatch().getBatchNumber());
        batches.change(batch, BatchStatus.REJECTED, holdNumber + " decided REJECT_BATCH: " + hold.getJustification(),
                processInstanceId);
        close(hold, processInstanceId);
    }

    /** Opens the CAPA the decision asked for, linked to the batch and the hold. */
    @Transactional
    public void openCapa(String holdNumber, String processInstanceId) {
        InProcessHold hold = require(holdNumber);
        String batchNumber = hold.getBatch().getBatchNumber();
        String capaNumber = capas.openFor(CapaSource.IN_PROCESS_HOLD, "Hold " + holdNumber + " on batch " + batchNumber,
                hold.getReason() + "\nFindings: " + hold.getFindings() + "\nSuspected cause: " + hold.getSuspectedCause(),
                List.of(new LinkedRecord("BATCH", batchNumber), new LinkedRecord(HoldDirectory.RECORD_TYPE, holdNumber)));
        hold.linkCapa(capaNumber);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "IN_PROCESS_HOLD", holdNumber).process(processInstanceId)
                .set("capa", capaNumber));
    }

    @Transactional(readOnly = true)
    public HoldView viewForTask(WorkTask task) {
        return view(forProcess(task.processInstanceId()));
    }

    /** Every hold of the batch, open and closed. */
    @Transactional(readOnly = true)
    public List<HoldView> forBatch(ProductionBatch batch) {
        return holds.findByBatch(batch).stream().map(this::view).toList();
    }

    private HoldView view(InProcessHold hold) {
        return HoldView.of(hold, signatures.forRecord(hold.getHoldNumber()));
    }

    private void close(InProcessHold hold, String processInstanceId) {
        InProcessHold.Status before = hold.getStatus();
        hold.close(now());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "IN_PROCESS_HOLD", hold.getHoldNumber())
                .process(processInstanceId).change("status", before, hold.getStatus()));
    }

    /** Cavity numbers from a form: each between 1 and the mold's cavity count, none twice. */
    static List<Integer> cavities(List<Integer> given, String field, int cavityCount, List<FieldError> errors) {
        if (given == null) {
            return List.of();
        }
        List<Integer> result = new ArrayList<>();
        for (Integer cavity : new HashSet<>(given)) {
            if (cavity == null || cavity < 1 || cavity > cavityCount) {
                errors.add(new FieldError(field, "cavities are numbered 1 to " + cavityCount + "; got " + cavity));
            } else {
                result.add(cavity);
            }
        }
        result.sort(null);
        return result;
    }

    private InProcessHold forTask(WorkTask task, InProcessHold.Status expected) {
        InProcessHold hold = forProcess(task.processInstanceId());
        if (hold.getStatus() != expected) {
            throw new ConflictException("Hold " + hold.getHoldNumber() + " is " + hold.getStatus() + ", not " + expected);
        }
        return hold;
    }

    private InProcessHold forProcess(String processInstanceId) {
        return holds.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No hold for process " + processInstanceId));
    }

    private InProcessHold require(String holdNumber) {
        return holds.findByHoldNumber(holdNumber).orElseThrow(() -> new NotFoundException("No hold " + holdNumber));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
