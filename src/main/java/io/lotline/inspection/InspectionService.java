package io.lotline.inspection;

import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.inspection.sampling.InspectionLevel;
import io.lotline.inspection.sampling.SamplingPlan;
import io.lotline.inspection.sampling.SamplingSeverity;
import io.lotline.inspection.sampling.SingleSamplingTables;
import io.lotline.supplier.InspectionStage;
import io.lotline.supplier.SupplierQualityService;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.Material;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.Quantities;
import io.lotline.traceability.Supplier;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import io.lotline.workflow.Workflow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Incoming inspection: opening the record from the plan, judging results, and the lot outcomes that follow. */
@Service
public class InspectionService {
    public static final String PROCESS_KEY = "incoming-inspection";
    static final String PERFORM_TASK = "performInspection";
    /** The final inspection task of the lot-release process, worked on the same page as incoming inspections. */
    public static final String FINAL_TASK = "finalInspection";
    /** The quarantine process's re-test of an expired lot, worked on the same page. */
    public static final String RETEST_TASK = "retestLot";
    static final String ESCALATION_GROUP = "QC_MANAGER";

    private final InspectionRepository inspections;
    private final LotStatusService lotStatus;
    private final TaskWork taskWork;
    private final Workflow workflow;
    private final SupplierQualityService supplierQuality;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Duration inspectionSla;

    public InspectionService(InspectionRepository inspections, LotStatusService lotStatus, TaskWork taskWork,
                             Workflow workflow, SupplierQualityService supplierQuality, AuditTrail auditTrail, Clock clock,
                             @Value("${lotline.inspection.sla}") Duration inspectionSla) {
        this.inspections = inspections;
        this.lotStatus = lotStatus;
        this.taskWork = taskWork;
        this.workflow = workflow;
        this.supplierQuality = supplierQuality;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.inspectionSla = inspectionSla;
    }

    /**
     * A receipt's first step, before it writes anything: locks the supplier's history with the material that its
     * inspection stage will be decided from (see {@link SupplierQualityService#lockHistory}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockSupplierHistory(Supplier supplier, Material material) {
        supplierQuality.lockHistory(supplier, material);
    }

    /**
     * Starts the incoming-inspection process for a lot in IN_INSPECTION and makes it the lot's current process. A
     * re-inspection (after rework, or the conforming part of a split) is never skipped and does not count toward the
     * supplier's inspection history.
     */
    @Transactional
    public String startIncomingInspection(MaterialLot lot, boolean reinspection) {
        String processInstanceId = workflow.start(PROCESS_KEY, lot.getLotNumber(), Map.of(
                Workflow.LOT_NUMBER, lot.getLotNumber(),
                "inspectionSla", inspectionSla.toString(),
                "reinspection", reinspection));
        lot.attachProcess(processInstanceId);
        return processInstanceId;
    }

    @Transactional
    public Inspection open(String lotNumber, String processInstanceId, InspectionStage stage, boolean reinspection) {
        return openOn(lotNumber, LotStatus.IN_INSPECTION, processInstanceId, stage, reinspection, InspectionKind.INCOMING);
    }

    /** Opens the final inspection of a finished lot in release review, against its product's inspection plan. */
    @Transactional
    public Inspection openFinal(String lotNumber, String processInstanceId) {
        return openOn(lotNumber, LotStatus.IN_RELEASE_REVIEW, processInstanceId, InspectionStage.NORMAL, false,
                InspectionKind.FINAL);
    }

    /**
     * Opens the re-test of a quarantined lot past its expiry date against its material's full plan: a passed re-test
     * is what allows its shelf life to be extended. It does not count toward the supplier's inspection history.
     */
    @Transactional
    public Inspection openRetest(String lotNumber, String processInstanceId) {
        return openOn(lotNumber, LotStatus.QUARANTINED, processInstanceId, InspectionStage.NORMAL, true,
                InspectionKind.RETEST);
    }

    /** Opens an inspection of the lot, which must be in {@code required}, against its material's plan. */
    private Inspection openOn(String lotNumber, LotStatus required, String processInstanceId, InspectionStage stage,
                              boolean reinspection, InspectionKind kind) {
        MaterialLot lot = lotStatus.require(lotNumber);
        if (lot.getStatus() != required) {
            throw new ConflictException("Lot " + lotNumber + " is " + lot.getStatus() + ", not " + required);
        }
        return record(new Inspection(lot, processInstanceId, clock.instant().truncatedTo(ChronoUnit.MICROS),
                lot.getMaterial().getInspectionPlan(), stage, reinspection, kind, samplingPlan(lot, stage)));
    }

    /**
     * The ISO 2859-1 single sampling plan of the lot, if its material samples: tightened at the TIGHTENED skip-lot
     * stage, normal otherwise. The lot size is the lot's quantity in whole items (rounded up). The REDUCED stage
     * samples by the normal plan too: reduced inspection's Table 2-C is not in Lotline, and the normal plan never
     * protects less.
     */
    private static SamplingPlan samplingPlan(MaterialLot lot, InspectionStage stage) {
        Material material = lot.getMaterial();
        if (material.getSamplingLevel() == null) {
            return null;
        }
        InspectionLevel level = InspectionLevel.ofLabel(material.getSamplingLevel())
                .orElseThrow(() -> new IllegalStateException("material " + material.getPartNumber()
                        + " has an unknown inspection level " + material.getSamplingLevel()));
        long lotSize = lot.getQuantity().setScale(0, RoundingMode.CEILING).longValueExact();
        return SingleSamplingTables.plan(level, material.getSamplingAql(),
                stage == InspectionStage.TIGHTENED ? SamplingSeverity.TIGHTENED : SamplingSeverity.NORMAL, lotSize);
    }

    /** The latest completed re-test of the lot in this (quarantine) process, if there is one. */
    @Transactional(readOnly = true)
    public Optional<InspectionView> completedRetest(String lotNumber, String processInstanceId) {
        return inspections.findFirstByProcessInstanceIdOrderByIdDesc(processInstanceId)
                .filter(i -> i.getKind() == InspectionKind.RETEST && i.getStatus() == Inspection.Status.COMPLETED
                        && i.getLot().getLotNumber().equals(lotNumber))
                .map(InspectionView::of);
    }

    /** The inspection of this process that decided SPLIT, for the step that carries the split out. */
    @Transactional(readOnly = true)
    public InspectionView decidedSplit(String processInstanceId) {
        return inspections.findFirstByProcessInstanceIdOrderByIdDesc(processInstanceId)
                .filter(i -> i.getDecision() == InspectionDecision.SPLIT).map(InspectionView::of)
                .orElseThrow(() -> new ConflictException("No inspection of process " + processInstanceId + " decided SPLIT"));
    }

    /** The lot's final inspection (the latest, should there be more), if one was opened. */
    @Transactional(readOnly = true)
    public Optional<InspectionView> finalInspectionOf(String lotNumber) {
        return inspections.findByLotLotNumberOrderByIdAsc(lotNumber).stream()
                .filter(i -> i.getKind() == InspectionKind.FINAL)
                .reduce((first, second) -> second)
                .map(InspectionView::of);
    }

    private Inspection record(Inspection unsaved) {
        Inspection inspection = inspections.save(unsaved);
        AuditEvent event = AuditEvent.of(AuditAction.CREATE, "INSPECTION", inspection.getId())
                .lot(inspection.getLot().getLotNumber()).process(inspection.getProcessInstanceId())
                .set("kind", inspection.getKind())
                .set("status", inspection.getStatus()).set("stage", inspection.getStage())
                .set("reinspection", inspection.isReinspection())
                .set("sampling", inspection.sampling().map(SamplingPlan::summary).orElse(null));
        inspection.getResults().forEach(r -> event.set("limits." + r.getCharacteristic(), r.limitsText()));
        auditTrail.record(event);
        return inspection;
    }

    @Transactional(readOnly = true)
    public Inspection forTask(WorkTask task) {
        return inspections.findFirstByProcessInstanceIdOrderByIdDesc(task.processInstanceId())
                .orElseThrow(() -> new NotFoundException("No inspection record for task " + task.id()));
    }

    @Transactional(readOnly = true)
    public InspectionView viewForTask(WorkTask task) {
        return InspectionView.of(forTask(task));
    }

    @Transactional(readOnly = true)
    public List<InspectionView> forLot(String lotNumber) {
        return inspections.findByLotLotNumberOrderByIdAsc(lotNumber).stream().map(InspectionView::of).toList();
    }

    /** Records the technician's results and decision and completes the inspection task; refuses a PASS out of limits. */
    @Transactional
    public void perform(WorkTask task, PerformInspectionForm form) {
        Inspection inspection = forTask(task);
        if (inspection.getStatus() != Inspection.Status.OPEN) {
            throw new ConflictException("The inspection of lot " + task.lotNumber() + " was already completed");
        }
        InspectionDecision decision = judge(inspection, form);
        String comment = StringUtils.hasText(form.comment()) ? form.comment().trim() : null;
        String user = CurrentUser.id();
        inspection.complete(decision, comment, user, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (decision == InspectionDecision.SPLIT) {
            inspection.recordSplit(form.acceptedQuantity(), form.rejectedQuantity(), form.rejectedSerials());
        }
        inspections.flush(); // two technicians completing at once: the second fails here on the version

        AuditEvent event = AuditEvent.of(AuditAction.UPDATE, "INSPECTION", inspection.getId())
                .lot(task.lotNumber()).process(task.processInstanceId())
                .change("status", Inspection.Status.OPEN, inspection.getStatus())
                .set("decision", decision)
                .set("comment", comment)
                .set("performedBy", user)
                .set("acceptedQuantity", inspection.getAcceptedQuantity() == null ? null
                        : Quantities.withUnit(inspection.getAcceptedQuantity(), inspection.getLot().getUnit()))
                .set("rejectedQuantity", inspection.getRejectedQuantity() == null ? null
                        : Quantities.withUnit(inspection.getRejectedQuantity(), inspection.getLot().getUnit()))
                .set("rejectedSerials", inspection.getRejectedSerials().isEmpty() ? null
                        : String.join(", ", inspection.getRejectedSerials()));
        inspection.getResults().forEach(r -> event.set("result." + r.getCharacteristic(),
                r.recordedValue() + (Boolean.FALSE.equals(r.getWithinLimits()) ? " (out of limits)" : "")));
        auditTrail.record(event);
        if (inspection.getKind() == InspectionKind.INCOMING && !inspection.isReinspection()) {
            supplierQuality.recordResult(inspection.getLot(), decision == InspectionDecision.PASS);
        }

        taskWork.complete(task, Map.of("decision", decision.name(), "outcomeReason",
                inspection.getKind().label() + " inspection " + decision + (comment == null ? "" : ": " + comment)));
    }

    /** Applies the form to the record, or throws naming every field to fix; nothing is kept on refusal. */
    private InspectionDecision judge(Inspection inspection, PerformInspectionForm form) {
        List<FieldError> errors = new ArrayList<>();
        InspectionDecision decision = parseDecision(form.decision(), errors);
        if ((decision == InspectionDecision.CONDITIONAL || decision == InspectionDecision.SPLIT)
                && inspection.getKind() == InspectionKind.RETEST) {
            errors.add(new FieldError("decision", "a re-test is PASS or FAIL: no concession can extend a shelf life"));
        } else if (decision == InspectionDecision.SPLIT) {
            checkSplit(inspection, form, errors);
        } else if (form.acceptedQuantity() != null || form.rejectedQuantity() != null || !form.rejectedSerials().isEmpty()) {
            errors.add(new FieldError("acceptedQuantity", "accepted and rejected quantities belong to a SPLIT decision"));
        }
        Map<String, PerformInspectionForm.Result> given = new HashMap<>();
        for (PerformInspectionForm.Result result : form.results() == null ? List.<PerformInspectionForm.Result>of() : form.results()) {
            String name = result == null ? null : result.characteristic();
            if (name == null || inspection.getResults().stream().noneMatch(r -> r.getCharacteristic().equals(name))) {
                errors.add(new FieldError("results", "'" + name + "' is not in the inspection plan"));
            } else if (given.put(name, result) != null) {
                errors.add(new FieldError("results[" + name + "]", "is given more than once"));
            }
        }
        SamplingPlan sampling = inspection.sampling().orElse(null);
        for (InspectionResult r : inspection.getResults()) {
            String field = "results[" + r.getCharacteristic() + "]";
            PerformInspectionForm.Result result = given.get(r.getCharacteristic());
            String raw = result == null ? null : result.value();
            boolean counted = result != null && (result.sampleSize() != null || result.defectives() != null);
            if (sampling != null && r.isPassFail()) {
                recordSample(r, result, sampling, inspection.getLot().getQuantity(), field, errors);
            } else if (counted) {
                errors.add(new FieldError(field, sampling == null ? "lot " + inspection.getLot().getLotNumber()
                        + " is judged whole (its material has no sampling plan): give only the value"
                        : "'" + r.getCharacteristic() + "' is measured: give its value, not a count"));
            } else if (!StringUtils.hasText(raw)) {
                errors.add(new FieldError(field, "a value for '" + r.getCharacteristic() + "' is required"));
            } else if (r.isPassFail()) {
                String verdict = raw.trim().toUpperCase();
                if (verdict.equals("PASS") || verdict.equals("FAIL")) {
                    r.recordAttribute(verdict.equals("PASS"));
                } else {
                    errors.add(new FieldError(field, "'" + r.getCharacteristic() + "' is pass/fail: enter PASS or FAIL"));
                }
            } else {
                try {
                    r.recordMeasurement(new BigDecimal(raw.trim()));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(field, "'" + raw + "' is not a number"));
                }
            }
        }
        if (errors.isEmpty() && decision == InspectionDecision.PASS) {
            inspection.getResults().stream().filter(r -> Boolean.FALSE.equals(r.getWithinLimits()))
                    .forEach(r -> errors.add(new FieldError("results[" + r.getCharacteristic() + "]", r.getSampleSize() != null
                            ? "'" + r.getCharacteristic() + "': " + r.getDefectives() + " nonconforming of "
                            + r.getSampleSize() + " reaches the rejection number " + sampling.rejectionNumber()
                            + ": PASS is not allowed; choose FAIL, CONDITIONAL or SPLIT (after 100 % sorting)"
                            : "'" + r.getCharacteristic() + "' is " + r.recordedValue() + ", outside " + r.limitsText()
                            + ": PASS is not allowed; choose FAIL, CONDITIONAL or SPLIT (after 100 % sorting)")));
        }
        if (decision != null && decision != InspectionDecision.PASS && !StringUtils.hasText(form.comment())) {
            errors.add(new FieldError("comment", "explain the " + decision + " decision"));
        } else if (form.comment() != null && form.comment().length() > 2000) {
            errors.add(new FieldError("comment", "at most 2000 characters"));
        }
        throwIfAny(errors);
        return decision;
    }

    /**
     * A SPLIT after 100 % sorting: an accepted and a rejected quantity, both more than 0, that add up to the lot
     * exactly, and for a serialised lot the serials of the rejected units.
     */
    private void checkSplit(Inspection inspection, PerformInspectionForm form, List<FieldError> errors) {
        MaterialLot lot = inspection.getLot();
        BigDecimal accepted = form.acceptedQuantity();
        BigDecimal rejected = form.rejectedQuantity();
        for (Map.Entry<String, BigDecimal> part : Map.of("acceptedQuantity", accepted == null ? BigDecimal.ZERO : accepted,
                "rejectedQuantity", rejected == null ? BigDecimal.ZERO : rejected).entrySet()) {
            if (part.getValue().signum() <= 0) {
                errors.add(new FieldError(part.getKey(), "give the quantity " + (part.getKey().startsWith("accepted")
                        ? "accepted" : "rejected") + " by sorting, more than 0 (otherwise decide PASS or FAIL)"));
            } else if (part.getValue().stripTrailingZeros().scale() > 6) {
                errors.add(new FieldError(part.getKey(), "at most 6 decimal places"));
            }
        }
        if (errors.stream().anyMatch(e -> e.field().endsWith("Quantity"))) {
            return;
        }
        if (accepted.add(rejected).compareTo(lot.getQuantity()) != 0) {
            errors.add(new FieldError("acceptedQuantity", "accepted " + accepted.stripTrailingZeros().toPlainString()
                    + " and rejected " + rejected.stripTrailingZeros().toPlainString() + " must add up to the lot's "
                    + lot.getQuantity().stripTrailingZeros().toPlainString() + " " + lot.getUnit()));
        } else {
            errors.addAll(lotStatus.checkSplitSerials(lot, rejected, form.rejectedSerials(), "rejectedSerials"));
        }
    }

    /**
     * An attribute of a sampled lot: the items inspected (at least the plan's sample, at most the lot) and the
     * nonconforming ones among them; PASS while they stay below the rejection number. A value given as well must agree.
     */
    private static void recordSample(InspectionResult r, PerformInspectionForm.Result result, SamplingPlan sampling,
                                     BigDecimal lotQuantity, String field, List<FieldError> errors) {
        Integer inspected = result == null ? null : result.sampleSize();
        Integer nonconforming = result == null ? null : result.defectives();
        int errorsBefore = errors.size();
        if (inspected == null) {
            errors.add(new FieldError(field + ".sampleSize", "give the number of items inspected for '"
                    + r.getCharacteristic() + "' (the plan's sample is " + sampling.sampleSize() + ")"));
        } else if (inspected < sampling.sampleSize()) {
            errors.add(new FieldError(field + ".sampleSize", "the plan's sample is " + sampling.sampleSize() + " items ("
                    + inspected + " given)"));
        } else if (BigDecimal.valueOf(inspected).compareTo(lotQuantity) > 0) {
            errors.add(new FieldError(field + ".sampleSize", "the lot holds only "
                    + lotQuantity.stripTrailingZeros().toPlainString() + " items"));
        }
        if (nonconforming == null) {
            errors.add(new FieldError(field + ".defectives", "give the number of nonconforming items found for '"
                    + r.getCharacteristic() + "' (0 if none)"));
        } else if (nonconforming < 0 || (inspected != null && nonconforming > inspected)) {
            errors.add(new FieldError(field + ".defectives", "must be between 0 and the items inspected"));
        }
        if (errors.size() > errorsBefore) {
            return;
        }
        r.recordSample(inspected, nonconforming, sampling.rejectionNumber());
        String raw = result.value();
        if (StringUtils.hasText(raw) && !raw.trim().equalsIgnoreCase(r.getAttributeResult())) {
            errors.add(new FieldError(field, nonconforming + " nonconforming of " + inspected + " is "
                    + r.getAttributeResult() + " for '" + r.getCharacteristic() + "' (rejection number "
                    + sampling.rejectionNumber() + "), not " + raw.trim().toUpperCase()));
        }
    }

    private static InspectionDecision parseDecision(String decision, List<FieldError> errors) {
        try {
            return InspectionDecision.valueOf(decision == null ? "" : decision.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("decision", "must be PASS, FAIL, CONDITIONAL or SPLIT"));
            return null;
        }
    }

    /** The supplier's material is at SKIP: the lot is released without inspection, and the skip is audited. */
    @Transactional
    public void releaseSkipped(String lotNumber, String processInstanceId) {
        MaterialLot lot = lotStatus.require(lotNumber);
        String reason = "Skip-lot: " + lot.getSupplier().getCode() + "'s " + lot.getMaterial().getPartNumber()
                + " is at inspection stage SKIP (inspection-stage.dmn); released without inspection";
        auditTrail.record(AuditEvent.of(AuditAction.SKIPPED, "INSPECTION", lotNumber).lot(lotNumber)
                .process(processInstanceId).set("stage", InspectionStage.SKIP).reason(reason));
        lotStatus.change(lotNumber, LotStatus.RELEASED, reason, processInstanceId);
    }

    @Transactional
    public void release(String lotNumber, String reason, String processInstanceId) {
        lotStatus.change(lotNumber, LotStatus.RELEASED, reason, processInstanceId);
    }

    /** The inspection is overdue: the managers' list gets it too. */
    @Transactional
    public void escalate(String lotNumber, String processInstanceId, String sla) {
        taskWork.offerToGroup(processInstanceId, PERFORM_TASK, ESCALATION_GROUP);
        auditTrail.record(AuditEvent.of(AuditAction.ESCALATED, "MATERIAL_LOT", lotNumber)
                .lot(lotNumber).process(processInstanceId)
                .reason("Incoming inspection not completed within " + sla + "; offered to " + ESCALATION_GROUP));
    }
}
