package io.lotline.environment;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.capa.CapaService;
import io.lotline.capa.CapaSource;
import io.lotline.capa.LinkedRecord;
import io.lotline.quarantine.QuarantineService;
import io.lotline.signature.ElectronicSignature;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.NotFoundException;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import io.lotline.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The environmental-excursion process (bpmn/environmental-excursion.bpmn) of an excursion at the action level: a QC
 * technician assesses its impact and names the finished lots made in the room during it; a QC manager other than the
 * assessor signs NO_IMPACT, HOLD_LOTS or REJECT and may open a CAPA. HOLD_LOTS and REJECT quarantine the lots named
 * that are in stock (the quarantine process decides their disposition), keep those in release review from release
 * and say which have left the plant. The excursion closes when its readings are back in limits and the decision is
 * signed. Everything that changes an excursion takes its room's lock first, as its readings do.
 */
@Service
public class ExcursionService {
    public static final String PROCESS_KEY = "environmental-excursion";
    static final String ASSESS_TASK = "assessExcursion";
    static final String DECIDE_TASK = "decideExcursion";
    private static final int MAX_LOTS = 200;

    private final ExcursionRepository excursions;
    private final RoomRepository rooms;
    private final RoomReadingRepository readings;
    private final RoomLimitRepository limits;
    private final RoomProduction roomProduction;
    private final QuarantineService quarantine;
    private final LotStatusService lotStatus;
    private final Signatures signatures;
    private final CapaService capas;
    private final TaskWork taskWork;
    private final Workflow workflow;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ExcursionService(ExcursionRepository excursions, RoomRepository rooms, RoomReadingRepository readings,
                            RoomLimitRepository limits, RoomProduction roomProduction, QuarantineService quarantine,
                            LotStatusService lotStatus, Signatures signatures, CapaService capas, TaskWork taskWork,
                            Workflow workflow, AuditTrail auditTrail, Clock clock) {
        this.excursions = excursions;
        this.rooms = rooms;
        this.readings = readings;
        this.limits = limits;
        this.roomProduction = roomProduction;
        this.quarantine = quarantine;
        this.lotStatus = lotStatus;
        this.signatures = signatures;
        this.capas = capas;
        this.taskWork = taskWork;
        this.workflow = workflow;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Starts the excursion's assessment once it has reached the action level; once only. */
    @Transactional(propagation = Propagation.MANDATORY)
    void startAssessment(Excursion excursion) {
        if (excursion.getProcessInstanceId() == null) {
            String number = excursion.getExcursionNumber();
            excursion.attachProcess(workflow.start(PROCESS_KEY, number, Map.of(Workflow.EXCURSION_NUMBER, number)));
        }
    }

    @Transactional(readOnly = true)
    public ExcursionView view(String excursionNumber) {
        return ExcursionView.of(require(excursionNumber));
    }

    /** The excursions whose assessment names the lot, newest first. */
    @Transactional(readOnly = true)
    public List<ExcursionView> excursionsNaming(String lotNumber) {
        return excursions.findNamingLot(lotNumber).stream().map(ExcursionView::of).toList();
    }

    /** The excursion of an assessment or decision task, with the exposure period and the lots made in it. */
    @Transactional(readOnly = true)
    public ExcursionTask forTask(WorkTask task) {
        Excursion excursion = require(task.excursionNumber());
        Instant from = exposedFrom(excursion);
        Instant to = excursion.getEndedAt() != null ? excursion.getEndedAt() : now();
        return new ExcursionTask(ExcursionView.of(excursion), from, to,
                roomProduction.finishedLotsMadeIn(excursion.getRoom(), from, to));
    }

    /** The last reading of the parameter within its alert limits before the excursion began (its start if none). */
    private Instant exposedFrom(Excursion excursion) {
        RoomLimit limit = limits.findByRoomAndParameter(excursion.getRoom(), excursion.getParameter()).orElseThrow();
        List<RoomReading> before = readings.findTop200ByRoomAndParameterAndTakenAtBeforeOrderByTakenAtDescIdDesc(
                excursion.getRoom(), excursion.getParameter(), excursion.getStartedAt());
        return before.stream().filter(r -> !limit.beyondAlert(r.getValue())).findFirst()
                .or(() -> before.stream().reduce((newer, older) -> older))
                .map(RoomReading::getTakenAt).orElse(excursion.getStartedAt());
    }

    @Transactional
    public void assess(WorkTask task, AssessmentForm form) {
        Excursion excursion = locked(task.excursionNumber());
        List<FieldError> errors = new ArrayList<>();
        requireText(form.assessment(), "assessment", 2000, errors);
        List<String> given = form.affectedLots() == null ? List.of() : form.affectedLots();
        List<String> lots = new ArrayList<>();
        if (given.size() > MAX_LOTS) {
            errors.add(new FieldError("affectedLots", "name at most " + MAX_LOTS + " lots"));
            given = List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            String field = "affectedLots[" + i + "]";
            String lot = given.get(i) == null ? "" : given.get(i).trim();
            if (lot.isEmpty()) {
                errors.add(new FieldError(field, "is empty"));
            } else if (lots.contains(lot)) {
                errors.add(new FieldError(field, lot + " is named twice"));
            } else if (!roomProduction.madeIn(lot, excursion.getRoom())) {
                errors.add(new FieldError(field, "no finished lot " + lot + " was made in room "
                        + excursion.getRoom().getCode()));
            } else {
                lots.add(lot);
            }
        }
        throwIfAny(errors);
        excursion.assess(form.assessment().trim(), lots, CurrentUser.id(), now());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "EXCURSION", excursion.getExcursionNumber())
                .process(task.processInstanceId()).set("assessment", excursion.getAssessment())
                .set("affectedLots", lots.isEmpty() ? null : lots).reason("Impact assessed"));
        taskWork.complete(task, Map.of());
    }

    /** The QC manager's signed decision; whoever assessed the excursion cannot decide it. */
    @Transactional
    public void decide(WorkTask task, ExcursionDecisionForm form) {
        Excursion excursion = locked(task.excursionNumber());
        String number = excursion.getExcursionNumber();
        String user = CurrentUser.id();
        if (user.equals(excursion.getAssessedBy())) {
            throw new ActionForbiddenException("You assessed excursion " + number
                    + "; its decision must be signed by another person (four-eyes).");
        }
        List<FieldError> errors = new ArrayList<>();
        ExcursionDecision decision = parseEnum(ExcursionDecision.class, form.decision(), "decision", errors);
        requireText(form.justification(), "justification", 2000, errors);
        if (decision != null && decision != ExcursionDecision.NO_IMPACT && excursion.getLots().isEmpty()) {
            errors.add(new FieldError("decision", "the assessment names no finished lot to " + decision
                    + "; decide NO_IMPACT (held batches have their own hold decisions)"));
        }
        throwIfAny(errors);
        signatures.authenticate(form.signature(), SignatureMeaning.APPROVED_EXCURSION_DECISION);

        String justification = form.justification().trim();
        List<ExcursionLot> outcomes = excursion.lotNumbers().stream().map(lot -> new ExcursionLot(lot,
                decision == ExcursionDecision.NO_IMPACT ? "Not affected"
                        : outcomeOf(lot, excursion, decision, justification))).toList();
        Excursion.Status before = excursion.getStatus();
        boolean openCapa = Boolean.TRUE.equals(form.openCapa());
        excursion.decide(decision, justification, openCapa, outcomes, user, now());
        excursions.flush();
        ElectronicSignature signature = signatures.sign(SignatureMeaning.APPROVED_EXCURSION_DECISION, "EXCURSION",
                number, excursion.signedContent(), null, task.processInstanceId());
        excursion.attach(signature);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "EXCURSION", number).process(task.processInstanceId())
                .change("status", before, excursion.getStatus()).set("decision", decision)
                .set("affectedLots", outcomes.isEmpty() ? null
                        : outcomes.stream().map(lot -> lot.lotNumber() + ": " + lot.outcome()).toList())
                .set("openCapa", openCapa)
                .set("signature", SignatureMeaning.APPROVED_EXCURSION_DECISION + " by " + signature.getFullName())
                .reason(justification));
        taskWork.complete(task, Map.of("decision", decision.name(), "openCapa", openCapa));
    }

    /** What HOLD_LOTS or REJECT does to one lot named: quarantined if in stock, else why not. */
    private String outcomeOf(String lotNumber, Excursion excursion, ExcursionDecision decision, String justification) {
        String reason = "Excursion " + excursion.getExcursionNumber() + " in room " + excursion.getRoom().getCode()
                + " (" + excursion.getParameter() + " beyond its action limit), decided " + decision + ": "
                + justification;
        Optional<String> nonconformance = quarantine.holdForExcursion(lotNumber, reason);
        if (nonconformance.isPresent()) {
            return "Quarantined, nonconformance " + nonconformance.get();
        }
        LotStatus status = lotStatus.require(lotNumber).getStatus();
        return switch (status) {
            case IN_RELEASE_REVIEW -> "In release review: kept from release (reject it there)";
            case SHIPPED -> "Shipped: no longer in the plant (consider a recall)";
            default -> status + ": not in stock, nothing to hold";
        };
    }

    /** The decision asked for a CAPA: it is opened, linked to the batches the excursion held and the lots named. */
    @Transactional
    public void openCapa(String excursionNumber, String processInstanceId) {
        Excursion excursion = locked(excursionNumber);
        List<LinkedRecord> links = new ArrayList<>();
        excursion.heldBatchNumbers().forEach(batch -> links.add(new LinkedRecord("BATCH", batch)));
        excursion.lotNumbers().forEach(lot -> links.add(new LinkedRecord("MATERIAL_LOT", lot)));
        String capaNumber = capas.openFor(CapaSource.EXCURSION, "Environmental excursion " + excursionNumber
                + " in room " + excursion.getRoom().getCode() + " (" + excursion.getParameter() + ")",
                excursion.getDecision() + ": " + excursion.getJustification(), links);
        excursion.capaOpened(capaNumber);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "EXCURSION", excursionNumber).process(processInstanceId)
                .change("capaNumber", null, capaNumber).reason("CAPA opened by the signed decision"));
    }

    /**
     * The excursion, read after its room's lock is taken: its readings change it under that lock, and an excursion
     * read before it would be written back stale.
     */
    private Excursion locked(String excursionNumber) {
        rooms.requireLocked(excursions.findRoomCode(excursionNumber).orElseThrow(() -> notFound(excursionNumber)));
        return require(excursionNumber);
    }

    private Excursion require(String excursionNumber) {
        return excursions.findByExcursionNumber(excursionNumber).orElseThrow(() -> notFound(excursionNumber));
    }

    private static NotFoundException notFound(String excursionNumber) {
        return new NotFoundException("No excursion " + excursionNumber);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
