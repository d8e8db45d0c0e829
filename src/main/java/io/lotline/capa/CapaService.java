package io.lotline.capa;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.security.Role;
import io.lotline.security.UserAccounts;
import io.lotline.signature.ElectronicSignature;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.RecordDirectory;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import io.lotline.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective and preventive action (ISO 13485 §8.5.2, §8.5.3): opened from a hold, a nonconformance or by hand;
 * root cause, planned actions with owners and due dates, evidence, an effectiveness check after a waiting period,
 * and a signed closure. A CAPA found not effective goes back to root cause analysis for another round.
 */
@Service
public class CapaService {
    public static final String PROCESS_KEY = "corrective-action";
    static final String ROOT_CAUSE_TASK = "rootCauseAnalysis";
    static final String PLAN_TASK = "planActions";
    static final String IMPLEMENT_TASK = "implementActions";
    static final String VERIFY_TASK = "verifyEffectiveness";
    static final String CLOSURE_TASK = "approveClosure";
    private static final int MAX_ACTIONS = 20;

    private final CorrectiveActionRepository capas;
    private final Map<String, RecordDirectory> directories;
    private final UserAccounts accounts;
    private final Signatures signatures;
    private final TaskWork taskWork;
    private final Workflow workflow;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final String effectivenessCheckAfter;

    public CapaService(CorrectiveActionRepository capas, List<RecordDirectory> directories, UserAccounts accounts,
                       Signatures signatures, TaskWork taskWork, Workflow workflow, AuditTrail auditTrail, Clock clock,
                       @Value("${lotline.capa.effectiveness-check}") String effectivenessCheckAfter) {
        this.capas = capas;
        this.directories = directories.stream().collect(Collectors.toMap(RecordDirectory::recordType, Function.identity()));
        this.accounts = accounts;
        this.signatures = signatures;
        this.taskWork = taskWork;
        this.workflow = workflow;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.effectivenessCheckAfter = effectivenessCheckAfter;
    }

    /** A QC manager opens a CAPA by hand, linked to the lots, batches and nonconformances it concerns. */
    @Transactional
    public CapaView open(OpenCapaRequest request) {
        List<FieldError> errors = new ArrayList<>();
        requireText(request.title(), "title", 200, errors);
        requireText(request.description(), "description", 2000, errors);
        List<LinkedRecord> links = new ArrayList<>();
        collectLinks("lotNumbers", "MATERIAL_LOT", request.lotNumbers(), links, errors);
        collectLinks("batchNumbers", "BATCH", request.batchNumbers(), links, errors);
        collectLinks("nonconformanceNumbers", "NONCONFORMANCE", request.nonconformanceNumbers(), links, errors);
        throwIfAny(errors);
        boolean fromNonconformance = links.stream().anyMatch(l -> l.type().equals("NONCONFORMANCE"));
        CorrectiveAction capa = open(fromNonconformance ? CapaSource.NONCONFORMANCE : CapaSource.MANUAL,
                request.title().trim(), request.description().trim(), links);
        return view(capa);
    }

    /** Opens a CAPA for records another feature has already checked, e.g. a batch's hold; returns its number. */
    @Transactional
    public String openFor(CapaSource source, String title, String description, List<LinkedRecord> links) {
        return open(source, title, description, links).getCapaNumber();
    }

    private CorrectiveAction open(CapaSource source, String title, String description, List<LinkedRecord> links) {
        Instant now = now();
        CorrectiveAction capa = new CorrectiveAction("CAPA-%d-%05d".formatted(LocalDate.now(clock).getYear(), capas.nextNumber()),
                title, description, source, now, CurrentUser.id());
        links.forEach(link -> capa.link(link.type(), link.id()));
        capas.save(capa);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Workflow.CAPA_NUMBER, capa.getCapaNumber());
        variables.put("effectivenessCheckAfter", effectivenessCheckAfter);
        links.stream().filter(l -> l.type().equals("BATCH")).findFirst()
                .ifPresent(l -> variables.put(Workflow.BATCH_NUMBER, l.id()));
        links.stream().filter(l -> l.type().equals("MATERIAL_LOT")).findFirst()
                .ifPresent(l -> variables.put(Workflow.LOT_NUMBER, l.id()));
        capa.attachProcess(workflow.start(PROCESS_KEY, capa.getCapaNumber(), variables));
        AuditEvent event = AuditEvent.of(AuditAction.CREATE, "CAPA", capa.getCapaNumber()).process(capa.getProcessInstanceId())
                .set("title", title).set("source", source).set("status", capa.getStatus()).reason(description);
        if (!links.isEmpty()) {
            event.set("links", links.stream().map(link -> link.type() + " " + link.id()).toList());
        }
        links.stream().filter(l -> l.type().equals("MATERIAL_LOT")).findFirst().ifPresent(l -> event.lot(l.id()));
        auditTrail.record(event);
        return capa;
    }

    @Transactional
    public void analyseRootCause(WorkTask task, RootCauseForm form) {
        CorrectiveAction capa = forTask(task, CapaStatus.ROOT_CAUSE_ANALYSIS);
        List<FieldError> errors = new ArrayList<>();
        RootCauseMethod method = parseEnum(RootCauseMethod.class, form.method(), "method", errors);
        requireText(form.rootCause(), "rootCause", 4000, errors);
        throwIfAny(errors);
        RootCauseMethod methodBefore = capa.getRootCauseMethod();
        String causeBefore = capa.getRootCause();
        capa.analyse(method, form.rootCause().trim(), CurrentUser.id());
        auditTrail.record(audit(capa, task).change("status", CapaStatus.ROOT_CAUSE_ANALYSIS, capa.getStatus())
                .change("rootCauseMethod", methodBefore, method).change("rootCause", causeBefore, capa.getRootCause())
                .set("analysisRound", capa.getAnalysisRound()));
        taskWork.complete(task, Map.of());
    }

    @Transactional
    public void planActions(WorkTask task, ActionPlanForm form) {
        CorrectiveAction capa = forTask(task, CapaStatus.ACTION_PLANNING);
        List<FieldError> errors = new ArrayList<>();
        List<ActionPlanForm.PlannedAction> planned = form.actions() == null ? List.of() : form.actions();
        if (planned.isEmpty()) {
            errors.add(new FieldError("actions", "plan at least one corrective action"));
        } else if (planned.size() > MAX_ACTIONS) {
            errors.add(new FieldError("actions", "at most " + MAX_ACTIONS + " actions per plan"));
        }
        LocalDate today = LocalDate.now(clock);
        List<ActionType> types = new ArrayList<>();
        for (int i = 0; i < planned.size() && planned.size() <= MAX_ACTIONS; i++) {
            String field = "actions[" + i + "]";
            ActionPlanForm.PlannedAction action = planned.get(i);
            if (action == null) {
                errors.add(new FieldError(field, "is empty"));
                continue;
            }
            types.add(parseEnum(ActionType.class, action.type(), field + ".type", errors));
            requireText(action.description(), field + ".description", 2000, errors);
            requireText(action.owner(), field + ".owner", 60, errors);
            if (action.owner() != null && !action.owner().isBlank() && !accounts.exists(action.owner().trim())) {
                errors.add(new FieldError(field + ".owner", "no Lotline user '" + action.owner().trim() + "'"));
            }
            if (action.dueOn() == null) {
                errors.add(new FieldError(field + ".dueOn", "give the date the action is due"));
            } else if (action.dueOn().isBefore(today)) {
                errors.add(new FieldError(field + ".dueOn", "must be today or later"));
            }
        }
        if (errors.isEmpty() && !types.contains(ActionType.CORRECTIVE)) {
            errors.add(new FieldError("actions", "plan at least one CORRECTIVE action"));
        }
        throwIfAny(errors);
        AuditEvent event = audit(capa, task);
        for (int i = 0; i < planned.size(); i++) {
            ActionPlanForm.PlannedAction p = planned.get(i);
            CapaAction action = capa.plan(types.get(i), p.description().trim(), p.owner().trim(), p.dueOn());
            event.set("action." + action.getSeqNo(), action.getType() + ": " + action.getDescription() + " (owner "
                    + action.getOwner() + ", due " + action.getDueOn() + ")");
        }
        capa.startImplementation();
        auditTrail.record(event.change("status", CapaStatus.ACTION_PLANNING, capa.getStatus()));
        LocalDate earliestDue = capa.currentActions().stream().map(CapaAction::getDueOn).min(Comparator.naturalOrder())
                .orElseThrow();
        // an action is overdue once its due day has passed
        taskWork.complete(task, Map.of("actionsDueAt",
                Date.from(earliestDue.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
    }

    @Transactional
    public void recordImplementation(WorkTask task, ImplementationForm form) {
        CorrectiveAction capa = forTask(task, CapaStatus.IMPLEMENTATION);
        List<CapaAction> current = capa.currentActions();
        Map<Integer, String> evidence = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        List<ImplementationForm.ActionEvidence> given = form.evidence() == null ? List.of() : form.evidence();
        Set<Integer> numbers = current.stream().map(CapaAction::getSeqNo).collect(Collectors.toSet());
        for (int i = 0; i < given.size(); i++) {
            ImplementationForm.ActionEvidence e = given.get(i);
            String field = "evidence[" + i + "]";
            if (e == null || e.action() == null || !numbers.contains(e.action())) {
                errors.add(new FieldError(field + ".action", "must be one of the planned actions " + numbers));
            } else if (evidence.containsKey(e.action())) {
                errors.add(new FieldError(field + ".action", "action " + e.action() + " appears twice"));
            } else {
                requireText(e.evidence(), field + ".evidence", 2000, errors);
                evidence.put(e.action(), e.evidence());
            }
        }
        current.stream().filter(a -> !evidence.containsKey(a.getSeqNo())).forEach(a -> errors.add(new FieldError(
                "evidence", "give the evidence that action " + a.getSeqNo() + " (" + a.getDescription() + ") was done")));
        throwIfAny(errors);
        String others = current.stream().filter(a -> !a.getOwner().equals(CurrentUser.id()))
                .map(a -> a.getSeqNo() + " (owner " + a.getOwner() + ")").collect(Collectors.joining(", "));
        boolean onBehalf = !others.isEmpty();
        if (onBehalf && !CurrentUser.roles().contains(Role.QC_MANAGER.name())) {
            throw new ActionForbiddenException("The evidence for an action comes from its owner: action " + others
                    + " is not yours. Its owner records it, or a QC manager on the owner's behalf.");
        }
        AuditEvent event = audit(capa, task);
        if (onBehalf) {
            event.set("recordedOnBehalfOf", others);
        }
        Instant now = now();
        for (CapaAction action : current) {
            action.implement(evidence.get(action.getSeqNo()).trim(), CurrentUser.id(), now);
            event.set("evidence." + action.getSeqNo(), action.getEvidence());
        }
        capa.awaitEffectivenessCheck();
        auditTrail.record(event.change("status", CapaStatus.IMPLEMENTATION, capa.getStatus()));
        taskWork.complete(task, Map.of());
    }

    /** The actions are past due and not implemented: the implementation task is offered to the QC managers too. */
    @Transactional
    public void escalateOverdue(String capaNumber, String processInstanceId) {
        CorrectiveAction capa = require(capaNumber);
        capa.escalate(now());
        taskWork.offerToGroup(processInstanceId, IMPLEMENT_TASK, Role.QC_MANAGER.name());
        String open = capa.currentActions().stream().filter(a -> a.getImplementedAt() == null)
                .map(a -> a.getSeqNo() + " (" + a.getOwner() + ", due " + a.getDueOn() + ")").collect(Collectors.joining(", "));
        auditTrail.record(AuditEvent.of(AuditAction.ESCALATED, "CAPA", capaNumber).process(processInstanceId)
                .reason("Actions not implemented by their due date: " + open + "; implementation offered to "
                        + Role.QC_MANAGER.name()));
    }

    /** The effectiveness-check period has passed: the CAPA waits for its verification. */
    @Transactional
    public void effectivenessCheckDue(String capaNumber, String processInstanceId) {
        CorrectiveAction capa = require(capaNumber);
        capa.startVerification();
        auditTrail.record(AuditEvent.of(AuditAction.STATUS_CHANGE, "CAPA", capaNumber).process(processInstanceId)
                .change("status", CapaStatus.EFFECTIVENESS_CHECK, capa.getStatus())
                .reason("Effectiveness check due after " + effectivenessCheckAfter));
    }

    @Transactional
    public void verifyEffectiveness(WorkTask task, VerificationForm form) {
        CorrectiveAction capa = forTask(task, CapaStatus.VERIFICATION);
        List<FieldError> errors = new ArrayList<>();
        if (form.effective() == null) {
            errors.add(new FieldError("effective", "say whether the actions were effective (true or false)"));
        }
        requireText(form.notes(), "notes", 2000, errors);
        throwIfAny(errors);
        capa.verify(form.effective(), form.notes().trim(), CurrentUser.id(), now());
        auditTrail.record(audit(capa, task).change("status", CapaStatus.VERIFICATION, capa.getStatus())
                .set("effective", form.effective()).set("analysisRound", capa.getAnalysisRound())
                .reason(capa.getVerificationNotes()));
        taskWork.complete(task, Map.of("effective", form.effective()));
    }

    /** A QC manager other than the verifier signs the closure. */
    @Transactional
    public void approveClosure(WorkTask task, ClosureForm form) {
        CorrectiveAction capa = forTask(task, CapaStatus.CLOSURE_APPROVAL);
        String user = CurrentUser.id();
        if (user.equals(capa.getVerifiedBy())) {
            throw new ActionForbiddenException("You verified the effectiveness of " + capa.getCapaNumber()
                    + "; its closure must be signed by another QC manager (four-eyes).");
        }
        List<FieldError> errors = new ArrayList<>();
        requireText(form.comment(), "comment", 2000, errors);
        throwIfAny(errors);
        signatures.authenticate(form.signature(), SignatureMeaning.APPROVED_CAPA_CLOSURE);
        capa.close(form.comment().trim(), user, now());
        capas.flush();
        ElectronicSignature signature = signatures.sign(SignatureMeaning.APPROVED_CAPA_CLOSURE, "CAPA", capa.getCapaNumber(),
                capa.signedContent(), null, task.processInstanceId());
        capa.attach(signature);
        auditTrail.record(audit(capa, task).change("status", CapaStatus.CLOSURE_APPROVAL, capa.getStatus())
                .set("signature", SignatureMeaning.APPROVED_CAPA_CLOSURE + " by " + signature.getFullName())
                .reason(capa.getClosureComment()));
        taskWork.complete(task, Map.of());
    }

    @Transactional(readOnly = true)
    public CapaView view(String capaNumber) {
        return view(require(capaNumber));
    }

    @Transactional(readOnly = true)
    public CapaView viewForTask(WorkTask task) {
        return view(forProcess(task.processInstanceId()));
    }

    @Transactional(readOnly = true)
    public Page<CapaSummary> recent(Pageable page) {
        return capas.findAllByOrderByOpenedAtDescIdDesc(page).map(CapaSummary::of);
    }

    /** CAPAs linked to any of these records of one type (e.g. a lot's nonconformances). */
    @Transactional(readOnly = true)
    public List<CapaSummary> linkedTo(String recordType, List<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return capas.findLinkedTo(recordType, recordIds).stream()
                .sorted(Comparator.comparing(CorrectiveAction::getOpenedAt)).map(CapaSummary::of).toList();
    }

    private CapaView view(CorrectiveAction capa) {
        String openTask = workflow.openTaskName(capa.getProcessInstanceId());
        List<String> mayApproveClosure = capa.getStatus() != CapaStatus.CLOSURE_APPROVAL ? List.of()
                : accounts.activeHoldersOf(Role.QC_MANAGER).stream()
                        .filter(signer -> !signer.username().equals(capa.getVerifiedBy()))
                        .map(signer -> signer.fullName() + " (" + signer.username() + ")").toList();
        return CapaView.of(capa, openTask, signatures.forRecord(capa.getCapaNumber()), mayApproveClosure);
    }

    private void collectLinks(String field, String type, List<String> ids, List<LinkedRecord> links, List<FieldError> errors) {
        if (ids == null) {
            return;
        }
        RecordDirectory directory = directories.get(type);
        for (String id : new LinkedHashSet<>(ids)) {
            if (id == null || id.isBlank() || !directory.exists(id.trim())) {
                errors.add(new FieldError(field, "no " + type + " '" + id + "'"));
            } else {
                links.add(new LinkedRecord(type, id.trim()));
            }
        }
    }

    private CorrectiveAction forTask(WorkTask task, CapaStatus expected) {
        CorrectiveAction capa = forProcess(task.processInstanceId());
        if (capa.getStatus() != expected) {
            throw new ConflictException(capa.getCapaNumber() + " is " + capa.getStatus() + ", not " + expected);
        }
        return capa;
    }

    private CorrectiveAction forProcess(String processInstanceId) {
        return capas.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No CAPA for process " + processInstanceId));
    }

    private CorrectiveAction require(String capaNumber) {
        return capas.findByCapaNumber(capaNumber).orElseThrow(() -> new NotFoundException("No CAPA " + capaNumber));
    }

    private static AuditEvent audit(CorrectiveAction capa, WorkTask task) {
        return AuditEvent.of(AuditAction.UPDATE, "CAPA", capa.getCapaNumber()).process(task.processInstanceId());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
