package io.lotline.approval;

import static io.lotline.traceability.FieldChecks.limitLength;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.inspection.Inspection;
import io.lotline.inspection.InspectionService;
import io.lotline.quarantine.ConcessionExpiry;
import io.lotline.quarantine.NonconformanceOrigin;
import io.lotline.quarantine.QuarantineService;
import io.lotline.signature.ElectronicSignature;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** A QC manager's signed approval or rejection of a conditional release, under four-eyes. */
@Service
public class ConcessionService {
    static final String APPROVAL_TASK = "approveConditionalRelease";

    private final ConcessionRepository concessions;
    private final InspectionService inspections;
    private final Signatures signatures;
    private final LotStatusService lotStatus;
    private final TaskWork taskWork;
    private final QuarantineService quarantine;
    private final ConcessionExpiry concessionExpiry;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ConcessionService(ConcessionRepository concessions, InspectionService inspections, Signatures signatures,
                             LotStatusService lotStatus, TaskWork taskWork, QuarantineService quarantine,
                             ConcessionExpiry concessionExpiry, AuditTrail auditTrail, Clock clock) {
        this.concessions = concessions;
        this.inspections = inspections;
        this.signatures = signatures;
        this.lotStatus = lotStatus;
        this.taskWork = taskWork;
        this.quarantine = quarantine;
        this.concessionExpiry = concessionExpiry;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Concession decide(WorkTask task, ApprovalForm form) {
        Inspection inspection = inspections.forTask(task);
        String user = CurrentUser.id();
        if (user.equals(inspection.getPerformedBy())) {
            throw new ActionForbiddenException("You performed the inspection of lot " + task.lotNumber()
                    + "; its conditional release must be decided by another QC manager (four-eyes).");
        }
        validate(form);
        boolean approved = form.approved();
        SignatureMeaning meaning = approved ? SignatureMeaning.APPROVED_CONDITIONAL_RELEASE
                : SignatureMeaning.REJECTED_CONDITIONAL_RELEASE;
        signatures.authenticate(form.signature(), meaning); // first: a wrong password must be audited on its own

        Concession concession = concessions.saveAndFlush(new Concession(inspection.getLot(), inspection, approved,
                form.reason().trim(), approved ? form.conditions().trim() : trimOrNull(form.conditions()),
                approved ? form.validUntil() : null, user, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        ElectronicSignature signature = signatures.sign(meaning, "CONCESSION", concession.getId().toString(),
                concession.signedContent(), task.lotNumber(), task.processInstanceId());
        concession.attach(signature);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "CONCESSION", concession.getId())
                .lot(task.lotNumber()).process(task.processInstanceId())
                .set("decision", approved ? "APPROVED" : "REJECTED")
                .set("conditions", concession.getConditions())
                .set("validUntil", concession.getValidUntil())
                .set("signature", meaning + " by " + signature.getFullName() + " at " + signature.getSignedAt())
                .reason(concession.getReason()));

        String outcome = approved
                ? "Conditional release approved until " + concession.getValidUntil() + ": " + concession.getReason()
                : "Conditional release rejected: " + concession.getReason();
        taskWork.complete(task, Map.of("concessionApproved", approved, "outcomeReason", outcome));
        return concession;
    }

    /** Releases the lot under its approved concession and schedules the concession's end. */
    @Transactional
    public void conditionallyRelease(String lotNumber, String reason, String processInstanceId) {
        Concession concession = concessions.findByLotNumber(lotNumber).stream().filter(Concession::isApproved)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new ConflictException("Lot " + lotNumber + " has no approved concession"));
        lotStatus.grantConcession(lotNumber, concession.getValidUntil(), reason, processInstanceId);
        concessionExpiry.schedule(lotNumber, ConcessionExpiry.Source.INSPECTION, concession.getId(), concession.getValidUntil());
    }

    /**
     * A concession has ended: if the lot is still conditionally released under it with quantity left, that quantity
     * goes back into quarantine; otherwise the end is only recorded.
     */
    @Transactional
    public void expire(String lotNumber, ConcessionExpiry.Source source, long recordId, LocalDate validUntil,
                       String processInstanceId) {
        if (source == ConcessionExpiry.Source.INSPECTION) {
            concessions.findById(recordId).ifPresent(c -> c.expire(clock.instant().truncatedTo(ChronoUnit.MICROS)));
        }
        MaterialLot lot = lotStatus.require(lotNumber);
        boolean stillUnderIt = lot.getStatus() == LotStatus.CONDITIONALLY_RELEASED && validUntil.equals(lot.getConcessionUntil())
                && lot.getQuantity().signum() > 0;
        if (stillUnderIt) {
            quarantine.quarantine(lotNumber, NonconformanceOrigin.CONCESSION_EXPIRED, "concession expired", processInstanceId);
        } else {
            auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "CONCESSION", source + "-" + recordId).lot(lotNumber)
                    .process(processInstanceId).set("ended", validUntil)
                    .reason("concession expired; lot is " + lot.getStatus() + ", nothing left under it to quarantine"));
        }
    }

    @Transactional(readOnly = true)
    public List<Concession> forLot(String lotNumber) {
        return concessions.findByLotNumber(lotNumber);
    }

    private void validate(ApprovalForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.approved() == null) {
            errors.add(new FieldError("approved", "choose approve (true) or reject (false)"));
        }
        requireText(form.reason(), "reason", 2000, errors);
        limitLength(form.conditions(), "conditions", 2000, errors);
        if (Boolean.TRUE.equals(form.approved())) {
            if (!StringUtils.hasText(form.conditions())) {
                errors.add(new FieldError("conditions", "state the conditions of the concession"));
            }
            if (form.validUntil() == null) {
                errors.add(new FieldError("validUntil", "give the date the concession ends"));
            } else if (!form.validUntil().isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError("validUntil", "must be after today"));
            }
        }
        throwIfAny(errors);
    }

    private static String trimOrNull(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }
}
