package io.lotline.quarantine;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.inspection.InspectionDecision;
import io.lotline.inspection.InspectionService;
import io.lotline.inspection.InspectionView;
import io.lotline.signature.ElectronicSignature;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.supplier.ScarService;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.LotSplit;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.Quantities;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import io.lotline.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nonconforming material (ISO 13485 §8.3): quarantine from any origin, the nonconformance record (with a partial
 * split), the signed four-eyes disposition and its outcomes, rework, and manual hold and release.
 */
@Service
public class QuarantineService {
    public static final String PROCESS_KEY = "quarantine";
    static final String RECORD_TASK = "recordNonconformance";
    static final String DISPOSITION_TASK = "decideDisposition";
    static final String REWORK_TASK = "reworkLot";
    static final String EXTENSION_TASK = "approveShelfLifeExtension";
    static final String HOLD_RELEASED = "holdReleased";
    private static final EnumSet<Disposition> EXPIRED_STOCK_DISPOSITIONS =
            EnumSet.of(Disposition.SCRAP, Disposition.RETURN_TO_SUPPLIER, Disposition.EXTEND_SHELF_LIFE);
    private static final EnumSet<LotStatus> HOLDABLE =
            EnumSet.of(LotStatus.RELEASED, LotStatus.CONDITIONALLY_RELEASED, LotStatus.EXPIRED);

    private final NonconformanceRepository nonconformances;
    private final LotStatusService lotStatus;
    private final InspectionService inspections;
    private final ScarService scars;
    private final Signatures signatures;
    private final ConcessionExpiry concessionExpiry;
    private final TaskWork taskWork;
    private final Workflow workflow;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public QuarantineService(NonconformanceRepository nonconformances, LotStatusService lotStatus,
                             InspectionService inspections, ScarService scars, Signatures signatures,
                             ConcessionExpiry concessionExpiry, TaskWork taskWork, Workflow workflow,
                             AuditTrail auditTrail, ApplicationEventPublisher events, Clock clock) {
        this.nonconformances = nonconformances;
        this.lotStatus = lotStatus;
        this.inspections = inspections;
        this.scars = scars;
        this.signatures = signatures;
        this.concessionExpiry = concessionExpiry;
        this.taskWork = taskWork;
        this.workflow = workflow;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** Quarantines a lot and starts the quarantine process for it, with a nonconformance to be recorded. */
    @Transactional
    public Nonconformance quarantine(String lotNumber, NonconformanceOrigin origin, String reason, String processInstanceId) {
        return open(lotNumber, origin, reason, processInstanceId, null);
    }

    /**
     * The shelf-life job's step for a lot it has just made EXPIRED: quarantined with a SHELF_LIFE nonconformance that
     * is already recorded (the whole lot, past its date), so the process goes straight to the disposition, whose only
     * outcomes are scrap, return or a shelf-life extension after a re-test.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Nonconformance quarantineExpired(String lotNumber, LocalDate expiredOn) {
        return open(lotNumber, NonconformanceOrigin.SHELF_LIFE_EXPIRED,
                "Expired stock (shelf life ended on " + expiredOn + "): a disposition is required", null, expiredOn);
    }

    private Nonconformance open(String lotNumber, NonconformanceOrigin origin, String reason, String processInstanceId,
                                LocalDate expiredOn) {
        MaterialLot lot = lotStatus.require(lotNumber);
        LotStatus before = lot.getStatus();
        lotStatus.change(lotNumber, LotStatus.QUARANTINED, reason, processInstanceId);
        return openOnQuarantined(lot, before, origin, reason, expiredOn);
    }

    /** The nonconformance and quarantine process of a lot already QUARANTINED, which was {@code before}. */
    private Nonconformance openOnQuarantined(MaterialLot lot, LotStatus before, NonconformanceOrigin origin, String reason,
                                             LocalDate expiredOn) {
        String lotNumber = lot.getLotNumber();
        Nonconformance nc = nonconformances.save(new Nonconformance(
                "NC-%d-%05d".formatted(LocalDate.now(clock).getYear(), nonconformances.nextNumber()), lot, origin, reason,
                before, now(), CurrentUser.id()));
        if (expiredOn != null) {
            nc.recordExpiry(expiredOn, now());
        }
        String quarantineProcess = workflow.start(PROCESS_KEY, lotNumber, Map.of(Workflow.LOT_NUMBER, lotNumber,
                "nonconformanceId", nc.getId(), "nonconformanceRecorded", nc.getStatus() == Nonconformance.Status.RECORDED));
        nc.attachProcess(quarantineProcess);
        lot.attachProcess(quarantineProcess);
        AuditEvent event = AuditEvent.of(AuditAction.CREATE, "NONCONFORMANCE", nc.getNumber()).lot(lotNumber)
                .process(quarantineProcess).set("origin", origin).set("statusBefore", before).set("status", nc.getStatus())
                .reason(reason);
        if (expiredOn != null) {
            event.set("description", nc.getDescription()).set("defectCategory", nc.getDefectCategory())
                    .set("quantityAffected", Quantities.withUnit(nc.getQuantityAffected(), lot.getUnit()));
        }
        auditTrail.record(event);
        return nc;
    }

    /**
     * Records what is wrong. A quantity below the lot's splits it (a serialised lot's split names the nonconforming
     * units): the nonconforming part stays quarantined in this process; the conforming part returns to RELEASED (or
     * EXPIRED) if that is what the lot was, otherwise it is inspected again (see {@link #inspectAgain}).
     */
    @Transactional
    public Nonconformance recordNonconformance(WorkTask task, NonconformanceForm form) {
        Nonconformance nc = forProcess(task.processInstanceId());
        requireStatus(nc, Nonconformance.Status.OPEN);
        MaterialLot lot = requireQuarantined(nc);
        List<FieldError> errors = new ArrayList<>();
        requireText(form.description(), "description", 2000, errors);
        DefectCategory category = parseEnum(DefectCategory.class, form.defectCategory(), "defectCategory", errors);
        BigDecimal affected = form.quantityAffected();
        if (affected == null || affected.signum() <= 0) {
            errors.add(new FieldError("quantityAffected", "must be greater than 0"));
        } else if (affected.compareTo(lot.getQuantity()) > 0) {
            errors.add(new FieldError("quantityAffected", "lot " + lot.getLotNumber() + " holds only "
                    + lot.getQuantity().stripTrailingZeros().toPlainString() + " " + lot.getUnit()));
        } else if (affected.stripTrailingZeros().scale() > 6) {
            errors.add(new FieldError("quantityAffected", "at most 6 decimal places"));
        } else if (affected.compareTo(lot.getQuantity()) < 0) {
            errors.addAll(lotStatus.checkSplitSerials(lot, affected, form.serials(), "serials"));
        } else if (!form.serials().isEmpty()) {
            errors.add(new FieldError("serials", "name serials only when a part of the lot is nonconforming"));
        }
        throwIfAny(errors);

        MaterialLot quarantined = lot;
        if (affected.compareTo(lot.getQuantity()) < 0) {
            LotStatus before = nc.getStatusBefore();
            boolean keepsStatus = before == LotStatus.RELEASED || before == LotStatus.EXPIRED;
            LotSplit split = lotStatus.split(lot.getLotNumber(), affected, form.serials(),
                    keepsStatus ? before : inspectedAgainIn(lot),
                    nc.getNumber() + ": " + affected.stripTrailingZeros().toPlainString() + " " + lot.getUnit()
                            + " nonconforming", task.processInstanceId());
            quarantined = split.quarantined();
            quarantined.attachProcess(task.processInstanceId());
            if (!keepsStatus) {
                inspectAgain(split.conforming(), "the conforming part of " + lot.getLotNumber() + " (" + nc.getNumber() + ")");
            }
        }
        nc.record(form.description().trim(), category, affected, quarantined, CurrentUser.id(), now());
        nonconformances.flush();
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "NONCONFORMANCE", nc.getNumber()).lot(quarantined.getLotNumber())
                .process(task.processInstanceId())
                .change("status", Nonconformance.Status.OPEN, nc.getStatus())
                .set("description", nc.getDescription())
                .set("defectCategory", category)
                .set("quantityAffected", Quantities.withUnit(affected, lot.getUnit()))
                .set("lot", quarantined.getLotNumber()));
        taskWork.complete(task, Map.of(Workflow.LOT_NUMBER, quarantined.getLotNumber()));
        return nc;
    }

    /** The material review board's signed decision; whoever recorded the nonconformance cannot sign it. */
    @Transactional
    public Nonconformance decideDisposition(WorkTask task, DispositionForm form) {
        Nonconformance nc = forProcess(task.processInstanceId());
        requireStatus(nc, Nonconformance.Status.RECORDED);
        MaterialLot lot = requireQuarantined(nc);
        String user = CurrentUser.id();
        if (user.equals(nc.getRecordedBy())) {
            throw new ActionForbiddenException("You recorded nonconformance " + nc.getNumber()
                    + "; its disposition must be signed by another QC manager (four-eyes).");
        }
        List<FieldError> errors = new ArrayList<>();
        Disposition disposition = parseEnum(Disposition.class, form.disposition(), "disposition", errors);
        requireText(form.justification(), "justification", 2000, errors);
        if (disposition != null && isExpired(lot) && !EXPIRED_STOCK_DISPOSITIONS.contains(disposition)) {
            throw new ConflictException("Lot " + lot.getLotNumber() + " expired on " + lot.getExpiresOn() + " and cannot be "
                    + disposition + ": an expired lot can only be scrapped, returned to the supplier or have its shelf"
                    + " life extended after a re-test (EXTEND_SHELF_LIFE)");
        }
        List<Disposition> allowed = dispositionsFor(nc);
        if (disposition != null && !allowed.contains(disposition)) {
            errors.add(new FieldError("disposition", whyNot(disposition, nc) + "; choose "
                    + String.join(", ", allowed.stream().map(Disposition::name).toList())));
        } else if (disposition == Disposition.RETURN_TO_SUPPLIER) {
            requireText(form.returnReference(), "returnReference", 60, errors);
        }
        if (disposition == Disposition.SPLIT) {
            checkSplit(lot, form, errors);
        } else if (form.acceptedQuantity() != null || !form.rejectedSerials().isEmpty()) {
            errors.add(new FieldError("acceptedQuantity", "an accepted quantity and rejected serials belong to a SPLIT"));
        }
        if (disposition == Disposition.USE_AS_IS) {
            requireText(form.conditions(), "conditions", 2000, errors);
            if (form.validUntil() == null) {
                errors.add(new FieldError("validUntil", "give the date the concession ends"));
            } else if (!form.validUntil().isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError("validUntil", "must be after today"));
            }
        }
        throwIfAny(errors);
        signatures.authenticate(form.signature(), SignatureMeaning.APPROVED_DISPOSITION);

        nc.decide(disposition, form.justification().trim(),
                disposition == Disposition.RETURN_TO_SUPPLIER ? form.returnReference().trim() : null,
                disposition == Disposition.USE_AS_IS ? form.conditions().trim() : null,
                disposition == Disposition.USE_AS_IS ? form.validUntil() : null,
                disposition == Disposition.SPLIT ? form.acceptedQuantity() : null,
                disposition == Disposition.SPLIT ? form.rejectedSerials() : List.of(),
                user, now());
        nonconformances.flush();
        ElectronicSignature signature = signatures.sign(SignatureMeaning.APPROVED_DISPOSITION, "NONCONFORMANCE",
                nc.getNumber(), nc.signedContent(), lot.getLotNumber(), task.processInstanceId());
        nc.attach(signature);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "NONCONFORMANCE", nc.getNumber()).lot(lot.getLotNumber())
                .process(task.processInstanceId())
                .change("status", Nonconformance.Status.RECORDED, nc.getStatus())
                .set("disposition", disposition)
                .set("returnReference", nc.getReturnReference())
                .set("conditions", nc.getConditions())
                .set("validUntil", nc.getValidUntil())
                .set("acceptedQuantity", nc.getAcceptedQuantity() == null ? null
                        : Quantities.withUnit(nc.getAcceptedQuantity(), lot.getUnit()))
                .set("rejectedSerials", nc.getRejectedSerials().isEmpty() ? null : String.join(", ", nc.getRejectedSerials()))
                .set("signature", SignatureMeaning.APPROVED_DISPOSITION + " by " + signature.getFullName())
                .reason(nc.getJustification()));
        taskWork.complete(task, Map.of("disposition", disposition.name()));
        return nc;
    }

    /**
     * A SPLIT after 100 % sorting: an accepted quantity between nothing and the whole lot (the rest is scrapped) and,
     * for a serialised lot, the serial of every rejected unit.
     */
    private void checkSplit(MaterialLot lot, DispositionForm form, List<FieldError> errors) {
        BigDecimal accepted = form.acceptedQuantity();
        String quantity = lot.getQuantity().stripTrailingZeros().toPlainString() + " " + lot.getUnit();
        if (accepted == null || accepted.signum() <= 0) {
            errors.add(new FieldError("acceptedQuantity", "give the good quantity found by sorting (more than 0; to"
                    + " scrap the whole lot choose SCRAP)"));
        } else if (accepted.compareTo(lot.getQuantity()) >= 0) {
            errors.add(new FieldError("acceptedQuantity", "must be less than the lot's " + quantity + " (for a new release"
                    + " review of the whole lot choose REWORK)"));
        } else if (accepted.stripTrailingZeros().scale() > 6) {
            errors.add(new FieldError("acceptedQuantity", "at most 6 decimal places"));
        } else {
            errors.addAll(lotStatus.checkSplitSerials(lot, lot.getQuantity().subtract(accepted), form.rejectedSerials(),
                    "rejectedSerials"));
        }
    }

    /** The dispositions a manager may choose for the nonconformance now; the task page offers only these. */
    @Transactional(readOnly = true)
    public List<Disposition> dispositionsFor(WorkTask task) {
        return dispositionsFor(forProcess(task.processInstanceId()));
    }

    private List<Disposition> dispositionsFor(Nonconformance nc) {
        return Arrays.stream(Disposition.values()).filter(d -> whyNot(d, nc) == null).toList();
    }

    /** Why the disposition cannot be chosen for this nonconformance, or null when it can. */
    private String whyNot(Disposition disposition, Nonconformance nc) {
        MaterialLot lot = nc.getLot();
        boolean expired = isExpired(lot);
        return switch (disposition) {
            case RETURN_TO_SUPPLIER -> lot.isProduced()
                    ? "lot " + lot.getLotNumber() + " was produced here and has no supplier to return it to" : null;
            case SCRAP -> null;
            case REWORK -> expired ? "lot " + lot.getLotNumber() + " expired on " + lot.getExpiresOn() : null;
            case USE_AS_IS -> expired ? "lot " + lot.getLotNumber() + " expired on " + lot.getExpiresOn()
                    : nc.getOrigin() == NonconformanceOrigin.RELEASE_REJECTED ? "the release of lot " + lot.getLotNumber()
                    + " was rejected by a signed decision; it cannot be used as is" : null;
            case SPLIT -> !lot.isProduced() ? "lot " + lot.getLotNumber() + " was received: record the nonconforming"
                    + " quantity in the nonconformance to split it"
                    : expired ? "lot " + lot.getLotNumber() + " expired on " + lot.getExpiresOn() : null;
            case EXTEND_SHELF_LIFE -> {
                if (!expired) {
                    yield "lot " + lot.getLotNumber() + " is not past its expiry date: EXTEND_SHELF_LIFE is only for expired lots";
                }
                if (lot.getMaterial().getMaxShelfLifeExtensionDays() == null) {
                    yield "material " + lot.getMaterial().getPartNumber() + " allows no shelf-life extension";
                }
                yield inspections.completedRetest(lot.getLotNumber(), nc.getProcessInstanceId())
                        .filter(retest -> retest.decision() != InspectionDecision.PASS)
                        .map(failed -> "the re-test of lot " + lot.getLotNumber() + " was " + failed.decision()
                                + ": its shelf life cannot be extended")
                        .orElse(null);
            }
        };
    }

    private boolean isExpired(MaterialLot lot) {
        return lot.getExpiresOn() != null && lot.getExpiresOn().isBefore(LocalDate.now(clock));
    }

    /** The re-test did not pass: the disposition is decided again, and the extension is no longer offered. */
    @Transactional
    public void retestFailed(long nonconformanceId, String processInstanceId) {
        Nonconformance nc = require(nonconformanceId);
        Nonconformance.Status before = nc.getStatus();
        nc.reopenForDisposition();
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "NONCONFORMANCE", nc.getNumber()).lot(nc.getLot().getLotNumber())
                .process(processInstanceId).change("status", before, nc.getStatus())
                .reason("The re-test did not pass: the shelf life of lot " + nc.getLot().getLotNumber()
                        + " cannot be extended; decide SCRAP or RETURN_TO_SUPPLIER"));
    }

    /**
     * The QC manager's signed new expiry date after a passed re-test: after today, at most the material's maximum
     * extension past the date the lot expired, and not signed by whoever performed the re-test (four-eyes).
     */
    @Transactional
    public Nonconformance approveShelfLifeExtension(WorkTask task, ShelfLifeExtensionForm form) {
        Nonconformance nc = forProcess(task.processInstanceId());
        ShelfLifeExtensionTerms terms = extensionTerms(nc);
        MaterialLot lot = nc.getLot();
        InspectionView retest = terms.retest();
        String user = CurrentUser.id();
        if (user.equals(retest.performedBy())) {
            throw new ActionForbiddenException("You performed the re-test of lot " + lot.getLotNumber()
                    + "; its shelf-life extension must be signed by another QC manager (four-eyes).");
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.expiresOn() == null) {
            errors.add(new FieldError("expiresOn", "give the lot's new expiry date"));
        } else if (!form.expiresOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("expiresOn", "must be after today"));
        } else if (form.expiresOn().isAfter(terms.latestExpiresOn())) {
            errors.add(new FieldError("expiresOn", "at most " + terms.latestExpiresOn() + ": material " + terms.partNumber()
                    + " allows an extension of " + terms.maxExtensionDays() + " days past the date the lot expired ("
                    + terms.expiredOn() + ")"));
        }
        requireText(form.justification(), "justification", 2000, errors);
        throwIfAny(errors);
        signatures.authenticate(form.signature(), SignatureMeaning.APPROVED_SHELF_LIFE_EXTENSION);

        nc.approveExtension(lot.getExpiresOn(), form.expiresOn(), form.justification().trim(), user, now());
        nonconformances.flush();
        ElectronicSignature signature = signatures.sign(SignatureMeaning.APPROVED_SHELF_LIFE_EXTENSION, "NONCONFORMANCE",
                nc.getNumber(), nc.extensionSignedContent("INSPECTION " + retest.id()), lot.getLotNumber(),
                task.processInstanceId());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "NONCONFORMANCE", nc.getNumber()).lot(lot.getLotNumber())
                .process(task.processInstanceId())
                .set("expiredOn", nc.getExpiredOn())
                .set("extendedUntil", nc.getExtendedUntil())
                .set("retest", "INSPECTION " + retest.id() + " " + retest.decision() + " by " + retest.performedBy())
                .set("signature", SignatureMeaning.APPROVED_SHELF_LIFE_EXTENSION + " by " + signature.getFullName())
                .reason(nc.getExtensionJustification()));
        taskWork.complete(task, Map.of());
        return nc;
    }

    /** What the extension task shows and checks: the passed re-test and the latest expiry date allowed. */
    @Transactional(readOnly = true)
    public ShelfLifeExtensionTerms extensionTermsFor(WorkTask task) {
        return extensionTerms(forProcess(task.processInstanceId()));
    }

    private ShelfLifeExtensionTerms extensionTerms(Nonconformance nc) {
        if (nc.getDisposition() != Disposition.EXTEND_SHELF_LIFE || nc.getStatus() != Nonconformance.Status.DISPOSITIONED
                || nc.getExtendedUntil() != null) {
            throw new ConflictException("Nonconformance " + nc.getNumber() + " is not waiting for a shelf-life extension");
        }
        MaterialLot lot = requireQuarantined(nc);
        InspectionView retest = inspections.completedRetest(lot.getLotNumber(), nc.getProcessInstanceId())
                .filter(r -> r.decision() == InspectionDecision.PASS)
                .orElseThrow(() -> new ConflictException("Lot " + lot.getLotNumber() + " has no passed re-test"));
        int maxDays = lot.getMaterial().getMaxShelfLifeExtensionDays();
        return new ShelfLifeExtensionTerms(lot.getMaterial().getPartNumber(), lot.getExpiresOn(), maxDays,
                lot.getExpiresOn().plusDays(maxDays), retest);
    }

    @Transactional
    public void extendShelfLife(long nonconformanceId, String processInstanceId) {
        Nonconformance nc = require(nonconformanceId);
        lotStatus.extendShelfLife(nc.getLot().getLotNumber(), nc.getExtendedUntil(), "Shelf life extended from "
                + nc.getExpiredOn() + " to " + nc.getExtendedUntil() + " after a passed re-test (" + nc.getNumber() + "): "
                + nc.getExtensionJustification(), processInstanceId);
        close(nc, Nonconformance.Status.CLOSED, processInstanceId);
    }

    @Transactional
    public void returnToSupplier(long nonconformanceId, String processInstanceId) {
        Nonconformance nc = require(nonconformanceId);
        MaterialLot lot = nc.getLot();
        lotStatus.change(lot.getLotNumber(), LotStatus.RETURNED, "Returned to supplier (reference "
                + nc.getReturnReference() + "): " + nc.getJustification(), processInstanceId);
        scars.raise(lot.getSupplier(), nc.getId(), lot.getLotNumber(), nc.getNumber() + " (" + nc.getDefectCategory()
                + ", " + nc.getQuantityAffected().stripTrailingZeros().toPlainString() + " " + lot.getUnit() + "): "
                + nc.getDescription(), processInstanceId);
        close(nc, Nonconformance.Status.CLOSED, processInstanceId);
    }

    @Transactional
    public void scrap(long nonconformanceId, String processInstanceId) {
        Nonconformance nc = require(nonconformanceId);
        lotStatus.change(nc.getLot().getLotNumber(), LotStatus.SCRAPPED, "Scrapped: " + nc.getJustification(), processInstanceId);
        close(nc, Nonconformance.Status.CLOSED, processInstanceId);
    }

    @Transactional
    public void useAsIs(long nonconformanceId, String processInstanceId) {
        Nonconformance nc = require(nonconformanceId);
        String lotNumber = nc.getLot().getLotNumber();
        lotStatus.grantConcession(lotNumber, nc.getValidUntil(), "Use as is under concession until " + nc.getValidUntil()
                + " (" + nc.getConditions() + "): " + nc.getJustification(), processInstanceId);
        concessionExpiry.schedule(lotNumber, ConcessionExpiry.Source.DISPOSITION, nc.getId(), nc.getValidUntil());
        close(nc, Nonconformance.Status.CLOSED, processInstanceId);
    }

    @Transactional
    public void recordRework(WorkTask task, ReworkForm form) {
        Nonconformance nc = forProcess(task.processInstanceId());
        if (nc.getDisposition() != Disposition.REWORK || nc.getReworkedBy() != null) {
            throw new ConflictException("Nonconformance " + nc.getNumber() + " is not waiting for rework");
        }
        List<FieldError> errors = new ArrayList<>();
        requireText(form.description(), "description", 2000, errors);
        throwIfAny(errors);
        nc.recordRework(form.description().trim(), CurrentUser.id(), now());
        nonconformances.flush();
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "NONCONFORMANCE", nc.getNumber()).lot(nc.getLot().getLotNumber())
                .process(task.processInstanceId()).set("rework", nc.getReworkDescription()).set("reworkedBy", nc.getReworkedBy()));
        taskWork.complete(task, Map.of());
    }

    @Transactional
    public void sendToReinspection(long nonconformanceId, String processInstanceId) {
        Nonconformance nc = require(nonconformanceId);
        MaterialLot lot = nc.getLot();
        lotStatus.change(lot.getLotNumber(), inspectedAgainIn(lot), "Reworked (" + nc.getReworkDescription()
                + "); inspected again", processInstanceId);
        inspectAgain(lot, "reworked (" + nc.getNumber() + "): " + nc.getReworkDescription());
        close(nc, Nonconformance.Status.CLOSED, processInstanceId);
    }

    /**
     * Carries out a SPLIT: the lot is split into the accepted quantity, which goes to release review as a finished lot
     * of its own, and the sorted-out rest (with its serials), which is scrapped and stays with this nonconformance.
     */
    @Transactional
    public void sort(long nonconformanceId, String processInstanceId) {
        Nonconformance nc = require(nonconformanceId);
        MaterialLot lot = nc.getLot();
        BigDecimal rejected = lot.getQuantity().subtract(nc.getAcceptedQuantity());
        LotSplit split = lotStatus.split(lot.getLotNumber(), rejected, nc.getRejectedSerials(), LotStatus.IN_RELEASE_REVIEW,
                nc.getNumber() + " sorted: " + Quantities.withUnit(nc.getAcceptedQuantity(), lot.getUnit()) + " accepted, "
                        + Quantities.withUnit(rejected, lot.getUnit()) + " rejected", processInstanceId);
        MaterialLot sortedOut = split.quarantined();
        sortedOut.attachProcess(processInstanceId);
        nc.sorted(sortedOut, split.conforming());
        nonconformances.flush();
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "NONCONFORMANCE", nc.getNumber()).lot(lot.getLotNumber())
                .process(processInstanceId)
                .change("lot", lot.getLotNumber(), sortedOut.getLotNumber())
                .set("acceptedLot", split.conforming().getLotNumber()));
        lotStatus.change(sortedOut.getLotNumber(), LotStatus.SCRAPPED, "Sorted out (" + nc.getNumber() + "): "
                + nc.getJustification(), processInstanceId);
        inspectAgain(split.conforming(), "the good part of " + lot.getLotNumber() + " after sorting (" + nc.getNumber() + ")");
        close(nc, Nonconformance.Status.CLOSED, processInstanceId);
    }

    /**
     * Carries out an inspection's SPLIT after 100 % sorting: the accepted quantity is RELEASED (a finished lot's goes
     * to release review, which decides it), the rejected quantity is split off into quarantine with a nonconformance
     * of its own, to be recorded and dispositioned like any other.
     */
    @Transactional
    public Nonconformance splitAtInspection(String lotNumber, String processInstanceId) {
        InspectionView inspection = inspections.decidedSplit(processInstanceId);
        MaterialLot lot = lotStatus.require(lotNumber);
        LotStatus before = lot.getStatus();
        String reason = inspection.kind().label() + " inspection SPLIT after 100 % sorting: "
                + Quantities.withUnit(inspection.acceptedQuantity(), lot.getUnit()) + " accepted, "
                + Quantities.withUnit(inspection.rejectedQuantity(), lot.getUnit()) + " rejected: " + inspection.comment();
        LotSplit split = lotStatus.split(lotNumber, inspection.rejectedQuantity(), inspection.rejectedSerials(),
                lot.isProduced() ? LotStatus.IN_RELEASE_REVIEW : LotStatus.RELEASED, reason, processInstanceId);
        if (lot.isProduced()) {
            inspectAgain(split.conforming(), reason);
        }
        return openOnQuarantined(split.quarantined(), before, NonconformanceOrigin.FAILED_INSPECTION, reason, null);
    }

    /** Where a lot leaving quarantine to be inspected again goes: release review if made here, else incoming inspection. */
    private static LotStatus inspectedAgainIn(MaterialLot lot) {
        return lot.isProduced() ? LotStatus.IN_RELEASE_REVIEW : LotStatus.IN_INSPECTION;
    }

    /** Opens what {@link #inspectedAgainIn} promised: a new release review (with final inspection), or an inspection. */
    private void inspectAgain(MaterialLot lot, String why) {
        if (lot.isProduced()) {
            events.publishEvent(new BackToReleaseReview(lot.getLotNumber(), why));
        } else {
            inspections.startIncomingInspection(lot, true);
        }
    }

    /** A QC manager's signed hold: a released, conditionally released or expired lot goes into quarantine. */
    @Transactional
    public Nonconformance hold(String lotNumber, HoldRequest request) {
        requireReason(request);
        signatures.authenticate(request.signature(), SignatureMeaning.PLACED_ON_HOLD); // before locking: see Signatures
        MaterialLot lot = lotStatus.requireLocked(lotNumber); // an issue or shipment of the lot in progress finishes first
        if (!HOLDABLE.contains(lot.getStatus())) {
            throw new ConflictException("Lot " + lotNumber + " is " + lot.getStatus() + "; only " + HOLDABLE
                    + " lots can be put on hold");
        }
        Nonconformance nc = quarantine(lotNumber, NonconformanceOrigin.MANUAL_HOLD, request.reason().trim(), null);
        signatures.sign(SignatureMeaning.PLACED_ON_HOLD, "HOLD", nc.getNumber(),
                String.join("|", "HOLD", nc.getNumber(), lotNumber, nc.getQuarantineReason(), nc.getOpenedBy(),
                        nc.getOpenedAt().toString()), lotNumber, nc.getProcessInstanceId());
        return nc;
    }

    /**
     * A recall's hold of a lot it reached: quarantined (the quarantine process decides what becomes of it) if the lot
     * could otherwise be issued or shipped. Returns the nonconformance number, or empty if the lot was not holdable.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> holdForRecall(String lotNumber, String reason) {
        return holdIfInStock(lotNumber, NonconformanceOrigin.RECALL, reason);
    }

    /**
     * An environmental excursion's signed decision that names the lot: quarantined like a recall's hold, for the
     * quarantine process to decide its disposition. Returns the nonconformance number, or empty if not holdable.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> holdForExcursion(String lotNumber, String reason) {
        return holdIfInStock(lotNumber, NonconformanceOrigin.EXCURSION, reason);
    }

    private Optional<String> holdIfInStock(String lotNumber, NonconformanceOrigin origin, String reason) {
        if (!HOLDABLE.contains(lotStatus.requireLocked(lotNumber).getStatus())) {
            return Optional.empty();
        }
        return Optional.of(quarantine(lotNumber, origin, reason, null).getNumber());
    }

    /** Whether a recall would hold the lot in this status. */
    public static boolean holdableForRecall(LotStatus status) {
        return HOLDABLE.contains(status);
    }

    /**
     * Releases a manual hold before a nonconformance is recorded: the lot returns to the status it had. A lot held
     * for any other reason, or whose nonconformance is recorded, needs a disposition instead.
     */
    @Transactional
    public void releaseFromHold(String lotNumber, HoldRequest request) {
        MaterialLot lot = lotStatus.require(lotNumber);
        Nonconformance nc = nonconformances.findByLotNumber(lotNumber).stream()
                .filter(n -> n.getLot().getLotNumber().equals(lotNumber) && n.getStatus() == Nonconformance.Status.OPEN)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new ConflictException("Lot " + lotNumber + " is " + lot.getStatus()
                        + " and has no hold waiting to be released"));
        if (nc.getOrigin() != NonconformanceOrigin.MANUAL_HOLD && nc.getOrigin() != NonconformanceOrigin.RECALL) {
            throw new ConflictException("Lot " + lotNumber + " was quarantined for " + nc.getOrigin()
                    + ", not by a manual hold or a recall: record the nonconformance and decide its disposition");
        }
        if (nc.getStatusBefore() == LotStatus.CONDITIONALLY_RELEASED
                && (lot.getConcessionUntil() == null || lot.getConcessionUntil().isBefore(LocalDate.now(clock)))) {
            throw new ConflictException("The concession of lot " + lotNumber + " ended on " + lot.getConcessionUntil()
                    + " while it was on hold: record the nonconformance and decide its disposition");
        }
        requireReason(request);
        signatures.authenticate(request.signature(), SignatureMeaning.RELEASED_FROM_HOLD);
        signatures.sign(SignatureMeaning.RELEASED_FROM_HOLD, "HOLD_RELEASE", nc.getNumber(),
                String.join("|", "HOLD_RELEASE", nc.getNumber(), lotNumber, request.reason().trim(), CurrentUser.id()),
                lotNumber, nc.getProcessInstanceId());
        workflow.correlate(HOLD_RELEASED, nc.getProcessInstanceId(), Map.of("releaseReason", request.reason().trim()));
    }

    /** Runs in the quarantine process once the release message arrives; only that process may make the lot usable. */
    @Transactional
    public void returnHeldLot(long nonconformanceId, String reason, String processInstanceId) {
        Nonconformance nc = require(nonconformanceId);
        lotStatus.change(nc.getLot().getLotNumber(), nc.getStatusBefore(), "Released from hold: " + reason, processInstanceId);
        close(nc, Nonconformance.Status.RELEASED_FROM_HOLD, processInstanceId);
    }

    @Transactional(readOnly = true)
    public List<NonconformanceView> forLot(String lotNumber) {
        return nonconformances.findByLotNumber(lotNumber).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public NonconformanceView viewForTask(WorkTask task) {
        return view(forProcess(task.processInstanceId()));
    }

    @Transactional(readOnly = true)
    public List<QuarantinedLot> quarantinedLots() {
        Instant now = clock.instant();
        List<Nonconformance> open = nonconformances.findOpenOnQuarantinedLots();
        Map<String, String> waitingFor = workflow.openTaskNames(open.stream().map(Nonconformance::getProcessInstanceId).toList());
        return open.stream().map(nc -> new QuarantinedLot(
                nc.getLot().getLotNumber(), nc.getLot().getMaterial().getPartNumber(), nc.getLot().supplierCode(),
                nc.getLot().getQuantity(), nc.getLot().getUnit(), nc.getNumber(), nc.getOrigin(), nc.getQuarantineReason(),
                nc.getOpenedAt(), ChronoUnit.DAYS.between(nc.getOpenedAt(), now),
                waitingFor.get(nc.getProcessInstanceId()))).toList();
    }

    private NonconformanceView view(Nonconformance nc) {
        return NonconformanceView.of(nc, signatures.forRecord(nc.getNumber()));
    }

    private void close(Nonconformance nc, Nonconformance.Status finalStatus, String processInstanceId) {
        Nonconformance.Status before = nc.getStatus();
        nc.close(finalStatus, now());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "NONCONFORMANCE", nc.getNumber()).lot(nc.getLot().getLotNumber())
                .process(processInstanceId).change("status", before, finalStatus));
    }

    private Nonconformance forProcess(String processInstanceId) {
        return nonconformances.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No nonconformance for process " + processInstanceId));
    }

    private Nonconformance require(long id) {
        return nonconformances.findById(id).orElseThrow(() -> new NotFoundException("No nonconformance " + id));
    }

    private static void requireStatus(Nonconformance nc, Nonconformance.Status expected) {
        if (nc.getStatus() != expected) {
            throw new ConflictException("Nonconformance " + nc.getNumber() + " is " + nc.getStatus() + ", not " + expected);
        }
    }

    private static MaterialLot requireQuarantined(Nonconformance nc) {
        MaterialLot lot = nc.getLot();
        if (lot.getStatus() != LotStatus.QUARANTINED) {
            throw new ConflictException("Lot " + lot.getLotNumber() + " is " + lot.getStatus()
                    + ", not QUARANTINED: nothing can be decided on it here");
        }
        return lot;
    }

    private static void requireReason(HoldRequest request) {
        List<FieldError> errors = new ArrayList<>();
        requireText(request.reason(), "reason", 2000, errors);
        throwIfAny(errors);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
