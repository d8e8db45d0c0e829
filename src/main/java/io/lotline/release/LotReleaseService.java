package io.lotline.release;

import static io.lotline.traceability.FieldChecks.limitLength;
import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.capa.CapaService;
import io.lotline.capa.CapaStatus;
import io.lotline.capa.CapaSummary;
import io.lotline.environment.ExcursionService;
import io.lotline.environment.ExcursionView;
import io.lotline.inspection.InspectionDecision;
import io.lotline.inspection.InspectionKind;
import io.lotline.inspection.InspectionService;
import io.lotline.inspection.InspectionView;
import io.lotline.production.BatchRecords;
import io.lotline.production.BatchView;
import io.lotline.production.batch.BatchStatus;
import io.lotline.production.batch.ConsumptionView;
import io.lotline.production.batch.FinishedLotCreated;
import io.lotline.production.hold.HoldView;
import io.lotline.production.hold.InProcessHold;
import io.lotline.production.spc.ReadingService;
import io.lotline.quarantine.BackToReleaseReview;
import io.lotline.quarantine.ConcessionExpiry;
import io.lotline.quarantine.NonconformanceOrigin;
import io.lotline.quarantine.QuarantineService;
import io.lotline.signature.ElectronicSignature;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.CustomerRepository;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.Quantities;
import io.lotline.traceability.SerialUnitRepository;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import io.lotline.workflow.Workflow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Lot release of finished lots: the production record review with its blockers, and the QC manager's signed
 * decision. Nothing is released while a blocker remains, and the final inspector cannot release (four-eyes).
 */
@Service
public class LotReleaseService {
    public static final String PROCESS_KEY = "lot-release";
    static final String RELEASE_TASK = "releaseLot";
    /** Input lots found in these statuses after they were used make the finished goods suspect. */
    private static final Set<LotStatus> SUSPECT_INPUT =
            EnumSet.of(LotStatus.QUARANTINED, LotStatus.REJECTED, LotStatus.RETURNED, LotStatus.SCRAPPED);

    private final LotReleaseRepository releases;
    private final LotStatusService lotStatus;
    private final SerialUnitRepository serials;
    private final BatchRecords batches;
    private final ReadingService readings;
    private final InspectionService inspections;
    private final CapaService capas;
    private final ExcursionService excursions;
    private final CustomerRepository customers;
    private final Signatures signatures;
    private final ConcessionExpiry concessionExpiry;
    private final QuarantineService quarantine;
    private final TaskWork taskWork;
    private final Workflow workflow;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public LotReleaseService(LotReleaseRepository releases, LotStatusService lotStatus, SerialUnitRepository serials,
                             BatchRecords batches, ReadingService readings, InspectionService inspections,
                             CapaService capas, ExcursionService excursions, CustomerRepository customers,
                             Signatures signatures,
                             ConcessionExpiry concessionExpiry, QuarantineService quarantine, TaskWork taskWork,
                             Workflow workflow,
                             AuditTrail auditTrail, Clock clock) {
        this.releases = releases;
        this.lotStatus = lotStatus;
        this.serials = serials;
        this.batches = batches;
        this.readings = readings;
        this.inspections = inspections;
        this.capas = capas;
        this.excursions = excursions;
        this.customers = customers;
        this.signatures = signatures;
        this.concessionExpiry = concessionExpiry;
        this.quarantine = quarantine;
        this.taskWork = taskWork;
        this.workflow = workflow;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Every new finished lot goes through lot release, started in the transaction that created it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void startRelease(FinishedLotCreated created) {
        start(created.lotNumber());
    }

    /** A reworked finished lot, or the sorted good part of a rejected one, is reviewed and decided again from the start. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void reviewAgain(BackToReleaseReview back) {
        start(back.lotNumber());
    }

    private void start(String lotNumber) {
        MaterialLot lot = lotStatus.require(lotNumber);
        lot.attachProcess(workflow.start(PROCESS_KEY, lotNumber, Map.of(Workflow.LOT_NUMBER, lotNumber)));
    }

    /** The service step of the process: builds the review once and records what blocked release at that point. */
    @Transactional
    public void recordReview(String lotNumber, String processInstanceId) {
        ReleaseReview review = review(lotNumber);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "RELEASE_REVIEW", lotNumber).lot(lotNumber)
                .process(processInstanceId)
                .set("batches", review.batches().stream().map(b -> b.batch().batchNumber()).toList())
                .set("inputLots", review.inputs().stream().map(ReleaseReview.InputLot::lotNumber).distinct().toList())
                .set("blockers", review.blockers().isEmpty() ? null : review.blockers()));
    }

    @Transactional(readOnly = true)
    public ReleaseReview review(String lotNumber) {
        MaterialLot lot = lotStatus.require(lotNumber);
        if (!lot.isProduced()) {
            throw new NotFoundException("Lot " + lotNumber + " was received, not produced; it has no production record");
        }
        List<BatchView> group = batches.producedInto(lotNumber);
        List<ReleaseReview.InputLot> inputs = new ArrayList<>();
        Map<String, MaterialLot> inputLots = new HashMap<>(); // a lot issued to several batches is read once
        Map<String, Optional<InspectionDecision>> incomingDecisions = new HashMap<>();
        for (BatchView batch : group) {
            for (ConsumptionView c : batch.consumptions()) {
                MaterialLot input = inputLots.computeIfAbsent(c.lotNumber(), lotStatus::require);
                InspectionDecision incoming = incomingDecisions.computeIfAbsent(c.lotNumber(), this::incomingDecision)
                        .orElse(null);
                inputs.add(new ReleaseReview.InputLot(batch.batchNumber(), c.lotNumber(), c.partNumber(),
                        input.getSupplier() == null ? null : input.getSupplier().getCode(), input.getSupplierLotNumber(),
                        c.quantity(), c.unit(), c.lotStatusAtIssue(), input.getStatus(), incoming));
            }
        }
        List<ReleaseReview.RelatedCapa> related = relatedCapas(lotNumber, group, inputs);
        InspectionView finalInspection = inspections.finalInspectionOf(lotNumber).orElse(null);
        return new ReleaseReview(lotNumber, lot.getStatus(), lot.getMaterial().getPartNumber(),
                lot.getMaterial().getDescription(), lot.getMaterial().getGtin(), lot.getQuantity(), lot.getUnit(),
                group.stream().mapToInt(b -> b.goodQuantity() == null ? 0 : b.goodQuantity()).sum(),
                group.stream().mapToInt(b -> (b.scrapQuantity() == null ? 0 : b.scrapQuantity()) + b.scrappedOnHold()).sum(),
                serials.countByLot(lot), lot.getManufacturedOn(), lot.getExpiresOn(), inputs,
                group.stream().map(b -> new ReleaseReview.BatchRecord(b, readings.summaryOf(b.batchNumber()))).toList(),
                related, finalInspection,
                lot.getStatus() == LotStatus.IN_RELEASE_REVIEW ? null : releaseOf(lotNumber).orElse(null),
                blockers(lotNumber, group, inputs, related, excursions.excursionsNaming(lotNumber), finalInspection),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Every CAPA linked to the lot (or the lot it was split off), a batch of its release group or an input lot, each
     * once, oldest first.
     */
    private List<ReleaseReview.RelatedCapa> relatedCapas(String lotNumber, List<BatchView> group,
                                                         List<ReleaseReview.InputLot> inputs) {
        Map<CapaSummary, Set<String>> linkedTo = new LinkedHashMap<>();
        link(linkedTo, capas.linkedTo("MATERIAL_LOT", List.of(lotNumber)), "the lot");
        String original = lotStatus.originalLotOf(lotNumber);
        if (!original.equals(lotNumber)) {
            link(linkedTo, capas.linkedTo("MATERIAL_LOT", List.of(original)), "lot " + original + " (this lot was split off it)");
        }
        group.forEach(batch -> link(linkedTo, capas.linkedTo("BATCH", List.of(batch.batchNumber())),
                "batch " + batch.batchNumber()));
        inputs.stream().map(ReleaseReview.InputLot::lotNumber).distinct().forEach(input ->
                link(linkedTo, capas.linkedTo("MATERIAL_LOT", List.of(input)), "input lot " + input));
        return linkedTo.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().openedAt()))
                .map(e -> new ReleaseReview.RelatedCapa(e.getKey().capaNumber(), e.getKey().title(), e.getKey().source(),
                        e.getKey().status(), String.join(", ", e.getValue())))
                .toList();
    }

    private static void link(Map<CapaSummary, Set<String>> linkedTo, List<CapaSummary> found, String record) {
        found.forEach(capa -> linkedTo.computeIfAbsent(capa, c -> new LinkedHashSet<>()).add(record));
    }

    private Optional<InspectionDecision> incomingDecision(String lotNumber) {
        return inspections.forLot(lotNumber).stream()
                .filter(i -> i.kind() == InspectionKind.INCOMING && i.decision() != null)
                .reduce((first, second) -> second).map(InspectionView::decision);
    }

    private static List<String> blockers(String lotNumber, List<BatchView> group, List<ReleaseReview.InputLot> inputs,
                                         List<ReleaseReview.RelatedCapa> capas, List<ExcursionView> naming,
                                         InspectionView finalInspection) {
        Set<String> blockers = new LinkedHashSet<>();
        for (ReleaseReview.InputLot input : inputs) {
            if (!input.statusAtIssue().isUsable()) {
                blockers.add("Input lot " + input.lotNumber() + " was " + input.statusAtIssue() + ", not released, when it"
                        + " was issued to batch " + input.batchNumber());
            }
            if (SUSPECT_INPUT.contains(input.statusNow())) {
                blockers.add("Input lot " + input.lotNumber() + " (issued to batch " + input.batchNumber() + ") is now "
                        + input.statusNow());
            }
        }
        for (BatchView batch : group) {
            if (batch.status() == BatchStatus.REJECTED || batch.status() == BatchStatus.ON_HOLD) {
                blockers.add("Batch " + batch.batchNumber() + " is " + batch.status());
            }
            for (HoldView hold : batch.holds()) {
                if (hold.status() != InProcessHold.Status.CLOSED) {
                    blockers.add("Hold " + hold.holdNumber() + " on batch " + batch.batchNumber() + " is still open ("
                            + hold.status() + ")");
                }
            }
            batch.excursions().stream().filter(ExcursionView::blocksRelease).forEach(e -> blockers.add(
                    "Batch " + batch.batchNumber() + " ran in room " + batch.room().code() + " during excursion "
                            + e.excursionNumber() + " (" + e.parameter() + " beyond its action limit), whose impact"
                            + " decision is not signed yet"));
        }
        naming.stream().filter(e -> e.holdsBack(lotNumber)).forEach(e -> blockers.add("The signed decision "
                + e.decision() + " of excursion " + e.excursionNumber() + " names this lot; it cannot be released"
                + " (reject it, for a disposition)"));
        capas.stream().filter(c -> c.status() != CapaStatus.CLOSED).forEach(c -> blockers.add(
                "CAPA " + c.capaNumber() + " linked to " + c.linkedTo() + " is open (" + c.status() + ")"));
        if (finalInspection == null || finalInspection.decision() == null) {
            blockers.add("The final inspection has not been recorded");
        } else if (finalInspection.decision() == InspectionDecision.FAIL) {
            blockers.add("The final inspection FAILED" + (finalInspection.comment() == null ? "" : ": " + finalInspection.comment()));
        }
        return List.copyOf(blockers);
    }

    /**
     * The QC manager's signed decision on the lot. RELEASE and CONDITIONAL_RELEASE are refused while any blocker
     * remains (every blocker is listed); a CONDITIONAL final inspection allows only a conditional release or a
     * rejection. The lot row is locked, so no batch can join the lot while it is being decided.
     */
    @Transactional
    public LotRelease decide(WorkTask task, ReleaseForm form) {
        String lotNumber = task.lotNumber();
        MaterialLot lot = lotStatus.requireLocked(lotNumber);
        if (lot.getStatus() != LotStatus.IN_RELEASE_REVIEW) {
            throw new ConflictException("Lot " + lotNumber + " is " + lot.getStatus() + ", not IN_RELEASE_REVIEW");
        }
        ReleaseDecision decision = validate(form);
        ReleaseReview review = review(lotNumber);
        InspectionView finalInspection = review.finalInspection();
        String inspector = finalInspection == null ? null : finalInspection.performedBy();
        String user = CurrentUser.id();
        if (user.equals(inspector)) {
            throw new ActionForbiddenException("You performed the final inspection of lot " + lotNumber
                    + "; its release must be decided by another person (four-eyes).");
        }
        if (decision != ReleaseDecision.REJECT) {
            if (!review.releasable()) {
                throw new ConflictException("Lot " + lotNumber + " cannot be released while " + review.blockers().size()
                        + " blocker(s) remain: " + String.join("; ", review.blockers()), review.blockers());
            }
            if (decision == ReleaseDecision.RELEASE && finalInspection.decision() == InspectionDecision.CONDITIONAL) {
                throw new ConflictException("The final inspection of lot " + lotNumber + " was CONDITIONAL ("
                        + finalInspection.comment() + "): release it conditionally, with conditions, or reject it");
            }
        }
        SignatureMeaning meaning = decision.meaning();
        // Signed while the lot is locked, after the checks that need the lock: a lot in release review cannot be issued
        // or shipped, so no queue of requests builds up behind its lock while the signer is re-authenticated.
        signatures.authenticate(form.signature(), meaning);

        boolean conditional = decision == ReleaseDecision.CONDITIONAL_RELEASE;
        LotRelease release = releases.saveAndFlush(new LotRelease(lot, decision, form.comment().trim(),
                conditional ? form.conditions().trim() : null, conditional ? form.validUntil() : null,
                conditional ? customerCodes(form) : List.of(), inspector, user,
                clock.instant().truncatedTo(ChronoUnit.MICROS), task.processInstanceId()));
        ElectronicSignature signature = signatures.sign(meaning, "LOT_RELEASE", lotNumber, release.signedContent(), lotNumber,
                task.processInstanceId());
        release.attach(signature);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "LOT_RELEASE", lotNumber).lot(lotNumber)
                .process(task.processInstanceId())
                .set("decision", decision)
                .set("quantity", Quantities.withUnit(release.getQuantity(), lot.getUnit()))
                .set("conditions", release.getConditions())
                .set("validUntil", release.getValidUntil())
                .set("customers", release.getCustomerCodes().isEmpty() ? null : release.getCustomerCodes())
                .set("finalInspectionBy", inspector)
                .set("signature", meaning + " by " + signature.getFullName() + " at " + signature.getSignedAt())
                .reason(release.getComment()));
        taskWork.complete(task, Map.of("releaseDecision", decision.name()));
        return release;
    }

    /** Runs in the process after a RELEASE decision. */
    @Transactional
    public void release(String lotNumber, String processInstanceId) {
        LotRelease release = decided(processInstanceId);
        lotStatus.change(lotNumber, LotStatus.RELEASED, "Released for distribution by " + release.getDecidedBy() + ": "
                + release.getComment(), processInstanceId);
    }

    /** Runs in the process after a CONDITIONAL_RELEASE decision; the concession's end is scheduled like any other. */
    @Transactional
    public void releaseConditionally(String lotNumber, String processInstanceId) {
        LotRelease release = decided(processInstanceId);
        lotStatus.grantConcession(lotNumber, release.getValidUntil(), "Conditionally released by " + release.getDecidedBy()
                + ": " + release.getConditions(), processInstanceId);
        concessionExpiry.schedule(lotNumber, ConcessionExpiry.Source.LOT_RELEASE, release.getId(), release.getValidUntil());
    }

    /**
     * Runs in the process after a REJECT decision: the lot is REJECTED, then quarantined with a nonconformance, whose
     * disposition decides what becomes of it (scrap, rework and a new release review, or a split after sorting).
     */
    @Transactional
    public void reject(String lotNumber, String processInstanceId) {
        LotRelease release = decided(processInstanceId);
        String reason = "Release rejected by " + release.getDecidedBy() + ": " + release.getComment();
        lotStatus.change(lotNumber, LotStatus.REJECTED, reason, processInstanceId);
        quarantine.quarantine(lotNumber, NonconformanceOrigin.RELEASE_REJECTED, reason, processInstanceId);
    }

    /** The customers a conditionally released lot may go to; empty when any customer may receive it. */
    @Transactional(readOnly = true)
    public List<String> customerRestriction(String lotNumber) {
        return releases.findFirstByLotLotNumberOrderByIdDesc(lotNumber)
                .filter(r -> r.getDecision() == ReleaseDecision.CONDITIONAL_RELEASE)
                .map(LotRelease::getCustomerCodes).orElse(List.of());
    }

    /** The latest release decision on the lot. */
    @Transactional(readOnly = true)
    public Optional<ReleaseView> releaseOf(String lotNumber) {
        return releases.findFirstByLotLotNumberOrderByIdDesc(lotNumber).map(ReleaseView::of);
    }

    private LotRelease decided(String processInstanceId) {
        return releases.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new ConflictException("Release process " + processInstanceId + " has no decision"));
    }

    private ReleaseDecision validate(ReleaseForm form) {
        List<FieldError> errors = new ArrayList<>();
        ReleaseDecision decision = parseEnum(ReleaseDecision.class, form.decision(), "decision", errors);
        requireText(form.comment(), "comment", 2000, errors);
        if (decision == ReleaseDecision.CONDITIONAL_RELEASE) {
            requireText(form.conditions(), "conditions", 2000, errors);
            if (form.validUntil() == null) {
                errors.add(new FieldError("validUntil", "give the date the conditional release ends"));
            } else if (!form.validUntil().isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError("validUntil", "must be after today"));
            }
            List<String> codes = customerCodes(form);
            codes.stream().filter(code -> !customers.existsByCode(code))
                    .forEach(code -> errors.add(new FieldError("customerCodes", "there is no customer " + code)));
            limitLength(String.join(",", codes), "customerCodes", 500, errors);
        } else if (StringUtils.hasText(form.conditions()) || form.validUntil() != null
                || !customerCodes(form).isEmpty()) {
            errors.add(new FieldError("decision", "conditions, an end date and customers belong to a CONDITIONAL_RELEASE"));
        }
        throwIfAny(errors);
        return decision;
    }

    private static List<String> customerCodes(ReleaseForm form) {
        return form.customerCodes() == null ? List.of() : form.customerCodes().stream()
                .filter(StringUtils::hasText).map(String::trim).distinct().toList();
    }
}
