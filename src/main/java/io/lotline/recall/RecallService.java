package io.lotline.recall;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.production.hold.HoldService;
import io.lotline.quarantine.QuarantineService;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.trace.NodeType;
import io.lotline.trace.Trace;
import io.lotline.trace.TraceEdge;
import io.lotline.trace.TraceNode;
import io.lotline.trace.TraceService;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.CustomerRepository;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.Quantities;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import io.lotline.workflow.Workflow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recalls and mock recall drills of a suspect lot: the forward trace gives the scope; what is still in the plant is
 * held (a drill only records what it would hold); every customer reached is notified in a task of its own, recording
 * what they returned; a QC manager closes the recall with a signed effectiveness review.
 */
@Service
public class RecallService {
    public static final String PROCESS_KEY = "recall";
    public static final String NOTIFY_TASK = "notifyCustomer";
    public static final String REVIEW_TASK = "reviewEffectiveness";
    static final String RECALL_NUMBER = "recallNumber";
    static final String CUSTOMER_CODES = "customerCodes";
    static final String CUSTOMER_CODE = "customerCode";

    private static final Set<LotStatus> BLOCKED = EnumSet.of(LotStatus.QUARANTINED, LotStatus.REJECTED);
    private static final Set<LotStatus> NOT_YET_USABLE = EnumSet.of(LotStatus.IN_INSPECTION, LotStatus.IN_RELEASE_REVIEW);
    private static final Set<String> BLOCKED_BATCH_STATUSES = Set.of("ON_HOLD", "REJECTED");

    @PersistenceContext
    private EntityManager entityManager;

    private final RecallRepository recalls;
    private final TraceService traces;
    private final LotStatusService lotStatus;
    private final QuarantineService quarantine;
    private final HoldService batchHolds;
    private final CustomerRepository customers;
    private final Signatures signatures;
    private final Workflow workflow;
    private final TaskWork taskWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    RecallService(RecallRepository recalls, TraceService traces, LotStatusService lotStatus, QuarantineService quarantine,
                  HoldService batchHolds, CustomerRepository customers, Signatures signatures, Workflow workflow,
                  TaskWork taskWork, AuditTrail auditTrail, Clock clock) {
        this.recalls = recalls;
        this.traces = traces;
        this.lotStatus = lotStatus;
        this.quarantine = quarantine;
        this.batchHolds = batchHolds;
        this.customers = customers;
        this.signatures = signatures;
        this.workflow = workflow;
        this.taskWork = taskWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Opens the recall (signed) and starts its process, which scopes it in this transaction. */
    @Transactional
    public RecallOpened open(RecallRequest request) {
        List<FieldError> errors = new ArrayList<>();
        requireText(request.lotNumber(), "lotNumber", 30, errors);
        requireText(request.reason(), "reason", 2000, errors);
        if (request.mock() == null) {
            errors.add(new FieldError("mock", "say whether this is a real recall (false) or a mock recall drill (true)"));
        }
        throwIfAny(errors);
        String lotNumber = request.lotNumber().trim();
        if (!lotStatus.exists(lotNumber)) {
            throw new NotFoundException("No lot " + lotNumber);
        }
        signatures.authenticate(request.signature(), SignatureMeaning.OPENED_RECALL); // before locking: see Signatures

        Recall recall = recalls.saveAndFlush(new Recall("RC-%d-%06d".formatted(LocalDate.now(clock).getYear(),
                recalls.nextNumber()), lotNumber, request.reason().trim(), request.mock(), now(), CurrentUser.id()));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "RECALL", recall.getRecallNumber()).lot(lotNumber)
                .set("mock", recall.isMock()).set("status", recall.getStatus()).reason(recall.getReason()));
        signatures.sign(SignatureMeaning.OPENED_RECALL, "RECALL", recall.getRecallNumber(), recall.openingContent(),
                lotNumber, null);
        recall.attachProcess(workflow.start(PROCESS_KEY, recall.getRecallNumber(),
                Map.of(RECALL_NUMBER, recall.getRecallNumber(), Workflow.LOT_NUMBER, lotNumber)));
        return new RecallOpened(recall.getRecallNumber(), recall.totals(), recall.getTraceMillis());
    }

    /**
     * The process's first step: the forward trace of the lot, every lot and batch in it held or recorded, one row per
     * customer reached with the units shipped to them. Returns the customers to notify.
     */
    @Transactional
    public List<String> scope(String recallNumber, String processInstanceId) {
        long started = System.nanoTime();
        Recall recall = require(recallNumber);
        Trace trace = traces.forward(recall.getLotNumber());
        String reason = "Recall " + recallNumber + ": " + recall.getReason();
        for (TraceNode node : trace.nodes()) {
            switch (node.type()) {
                case MATERIAL_LOT, FINISHED_LOT -> entityManager.persist(lotItem(recall, node, reason));
                case BATCH -> entityManager.persist(batchItem(recall, node, reason));
                default -> { } // serials follow their lot; shipments and customers are notified below
            }
        }
        Map<String, BigDecimal> shippedPerCustomer = new TreeMap<>();
        for (TraceEdge edge : trace.edges()) {
            if (edge.toType() == NodeType.CUSTOMER) {
                shippedPerCustomer.merge(edge.to(), edge.quantity(), BigDecimal::add);
            }
        }
        shippedPerCustomer.forEach((code, units) -> entityManager.persist(new RecallCustomer(recall,
                customers.findByCode(code).orElseThrow(), units)));
        recall.scoped(trace.totals(), trace.traceMillis(), (System.nanoTime() - started) / 1_000_000, now());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "RECALL", recallNumber).lot(recall.getLotNumber())
                .process(processInstanceId)
                .change("status", RecallStatus.SCOPING, recall.getStatus())
                .set("units", trace.totals().units()).set("unitsShipped", trace.totals().unitsShipped())
                .set("unitsInPlant", trace.totals().unitsInPlant()).set("lots", trace.totals().lots())
                .set("batches", trace.totals().batches()).set("customers", List.copyOf(shippedPerCustomer.keySet()))
                .set("traceMillis", trace.traceMillis())
                .reason("Scope of the " + (recall.isMock() ? "mock recall" : "recall")));
        return List.copyOf(shippedPerCustomer.keySet());
    }

    private RecallItem lotItem(Recall recall, TraceNode node, String reason) {
        LotStatus status = LotStatus.valueOf(node.status());
        if (QuarantineService.holdableForRecall(status)) {
            if (recall.isMock()) {
                return new RecallItem(recall, node.type(), node.id(), node.status(), RecallAction.WOULD_HOLD, null);
            }
            Optional<String> held = quarantine.holdForRecall(node.id(), reason);
            return new RecallItem(recall, node.type(), node.id(), node.status(),
                    held.isPresent() ? RecallAction.HELD : RecallAction.ALREADY_BLOCKED, held.orElse(null));
        }
        RecallAction action = BLOCKED.contains(status) ? RecallAction.ALREADY_BLOCKED
                : NOT_YET_USABLE.contains(status) ? RecallAction.FOLLOW_UP : RecallAction.NOT_IN_PLANT;
        return new RecallItem(recall, node.type(), node.id(), node.status(), action, null);
    }

    /** A mock recall judges a batch exactly as a real one would, then holds nothing. */
    private RecallItem batchItem(Recall recall, TraceNode node, String reason) {
        RecallAction action;
        String holdNumber = null;
        if (BLOCKED_BATCH_STATUSES.contains(node.status())) {
            action = RecallAction.ALREADY_BLOCKED;
        } else if (!batchHolds.canBeHeld(node.id())) {
            action = RecallAction.NOT_IN_PLANT; // e.g. completed with its finished lot released: the lot is held instead
        } else if (recall.isMock()) {
            action = RecallAction.WOULD_HOLD;
        } else {
            holdNumber = batchHolds.holdForRecall(node.id(), reason).orElse(null);
            action = holdNumber == null ? RecallAction.NOT_IN_PLANT : RecallAction.HELD;
        }
        return new RecallItem(recall, node.type(), node.id(), node.status(), action, holdNumber);
    }

    /**
     * Records one customer's notification and completes its task; the last one moves the recall to review. Returns
     * the recall's number.
     */
    @Transactional
    public String recordNotification(WorkTask task, NotificationForm form) {
        String recallNumber = (String) workflow.taskVariable(task.id(), RECALL_NUMBER);
        String customerCode = (String) workflow.taskVariable(task.id(), CUSTOMER_CODE);
        Recall recall = recalls.lockByRecallNumber(recallNumber)
                .orElseThrow(() -> new NotFoundException("No recall " + recallNumber));
        RecallCustomer notice = recalls.customerOf(recall, customerCode)
                .orElseThrow(() -> new NotFoundException("Customer " + customerCode + " is not in recall " + recallNumber));
        validate(form, notice);
        notice.notified(form, CurrentUser.id(), now());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "RECALL_NOTIFICATION", recallNumber + "/" + customerCode)
                .lot(recall.getLotNumber()).process(task.processInstanceId())
                .set("customer", customerCode).set("contact", notice.getContact())
                .set("contactedOn", notice.getContactedOn()).set("method", notice.getMethod())
                .set("unitsShipped", Quantities.plain(notice.getUnitsShipped()))
                .set("unitsRecovered", Quantities.plain(notice.getUnitsRecovered()))
                .reason(notice.getResponse()));
        if (recalls.customersOf(recall).stream().allMatch(RecallCustomer::isNotified)) {
            recall.allNotified();
            auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "RECALL", recallNumber).lot(recall.getLotNumber())
                    .process(task.processInstanceId())
                    .change("status", RecallStatus.NOTIFYING, RecallStatus.IN_REVIEW)
                    .reason("Every customer notified"));
        }
        taskWork.complete(task, Map.of());
        return recallNumber;
    }

    private void validate(NotificationForm form, RecallCustomer notice) {
        List<FieldError> errors = new ArrayList<>();
        requireText(form.contact(), "contact", 200, errors);
        requireText(form.response(), "response", 2000, errors);
        parseEnum(RecallMethod.class, form.method(), "method", errors);
        if (form.contactedOn() == null) {
            errors.add(new FieldError("contactedOn", "give the date the customer was reached"));
        } else if (form.contactedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("contactedOn", "cannot be in the future"));
        } else if (form.contactedOn().isBefore(LocalDate.ofInstant(notice.getRecall().getOpenedAt(), clock.getZone()))) {
            errors.add(new FieldError("contactedOn", "cannot be before the recall was opened"));
        }
        if (form.unitsRecovered() == null || form.unitsRecovered().signum() < 0) {
            errors.add(new FieldError("unitsRecovered", "give the units recovered (0 or more)"));
        } else if (form.unitsRecovered().compareTo(notice.getUnitsShipped()) > 0) {
            errors.add(new FieldError("unitsRecovered", "at most the " + notice.getUnitsShipped().stripTrailingZeros()
                    .toPlainString() + " units shipped to " + notice.getCustomer().getCode()));
        }
        throwIfAny(errors);
    }

    /** The signed effectiveness review closes the recall. Returns the recall's number. */
    @Transactional
    public String reviewEffectiveness(WorkTask task, EffectivenessForm form) {
        String recallNumber = (String) workflow.taskVariable(task.id(), RECALL_NUMBER);
        Recall recall = recalls.lockByRecallNumber(recallNumber)
                .orElseThrow(() -> new NotFoundException("No recall " + recallNumber));
        if (recall.getStatus() != RecallStatus.IN_REVIEW) {
            throw new ConflictException("Recall " + recallNumber + " is " + recall.getStatus() + ", not IN_REVIEW");
        }
        List<FieldError> errors = new ArrayList<>();
        String conclusion = form.conclusion() == null ? null : form.conclusion().trim();
        if (!"EFFECTIVE".equals(conclusion) && !"NOT_EFFECTIVE".equals(conclusion)) {
            errors.add(new FieldError("conclusion", "must be EFFECTIVE or NOT_EFFECTIVE"));
        }
        requireText(form.comment(), "comment", 2000, errors);
        throwIfAny(errors);
        signatures.authenticate(form.signature(), SignatureMeaning.APPROVED_RECALL_EFFECTIVENESS);
        recall.close("EFFECTIVE".equals(conclusion), form.comment().trim(), CurrentUser.id(), now());
        signatures.sign(SignatureMeaning.APPROVED_RECALL_EFFECTIVENESS, "RECALL_REVIEW", recallNumber,
                recall.reviewContent(), recall.getLotNumber(), task.processInstanceId());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "RECALL", recallNumber).lot(recall.getLotNumber())
                .process(task.processInstanceId())
                .change("status", RecallStatus.IN_REVIEW, RecallStatus.CLOSED)
                .set("effective", recall.getEffective())
                .set("unitsRecovered", Quantities.plain(RecallView.recovered(recalls.customersOf(recall))))
                .reason(recall.getReviewComment()));
        taskWork.complete(task, Map.of("effective", recall.getEffective()));
        return recallNumber;
    }

    @Transactional(readOnly = true)
    public RecallView view(String recallNumber) {
        return view(require(recallNumber));
    }

    @Transactional(readOnly = true)
    public Page<RecallView> recent(Pageable page) {
        Page<Recall> recent = recalls.findRecent(page);
        Map<Long, List<RecallCustomer>> customersByRecall = recent.isEmpty() ? Map.of()
                : recalls.customersOf(recent.getContent()).stream()
                        .collect(Collectors.groupingBy(c -> c.getRecall().getId()));
        return recent.map(r -> RecallView.of(r, List.of(), customersByRecall.getOrDefault(r.getId(), List.of()),
                now()));
    }

    /** The recall and customer a notification task is about. */
    @Transactional(readOnly = true)
    public NotificationTask notificationTask(WorkTask task) {
        return new NotificationTask(view((String) workflow.taskVariable(task.id(), RECALL_NUMBER)),
                (String) workflow.taskVariable(task.id(), CUSTOMER_CODE));
    }

    @Transactional(readOnly = true)
    public RecallView forTask(WorkTask task) {
        return view((String) workflow.taskVariable(task.id(), RECALL_NUMBER));
    }

    public record NotificationTask(RecallView recall, String customerCode) {
        public RecallView.CustomerNotice customer() {
            return recall.customers().stream().filter(c -> c.customerCode().equals(customerCode)).findFirst().orElseThrow();
        }
    }

    private RecallView view(Recall recall) {
        return RecallView.of(recall, recalls.itemsOf(recall), recalls.customersOf(recall), clock.instant());
    }

    private Recall require(String recallNumber) {
        return recalls.findByRecallNumber(recallNumber).orElseThrow(() -> new NotFoundException("No recall " + recallNumber));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
