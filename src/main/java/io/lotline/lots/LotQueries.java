package io.lotline.lots;

import io.lotline.approval.ConcessionService;
import io.lotline.approval.ConcessionView;
import io.lotline.audit.AuditEntryView;
import io.lotline.audit.AuditTrail;
import io.lotline.inspection.InspectionService;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.MaterialLotRepository;
import io.lotline.workflow.WorkTask;
import io.lotline.workflow.Workflow;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of a lot: the record and everything attached to it. */
@Service
public class LotQueries {
    private final MaterialLotRepository lots;
    private final LotStatusService lotStatus;
    private final InspectionService inspections;
    private final ConcessionService concessions;
    private final AuditTrail auditTrail;
    private final Workflow workflow;

    public LotQueries(MaterialLotRepository lots, LotStatusService lotStatus, InspectionService inspections,
                      ConcessionService concessions, AuditTrail auditTrail, Workflow workflow) {
        this.lots = lots;
        this.lotStatus = lotStatus;
        this.inspections = inspections;
        this.concessions = concessions;
        this.auditTrail = auditTrail;
        this.workflow = workflow;
    }

    @Transactional(readOnly = true)
    public LotDetails details(String lotNumber) {
        MaterialLot lot = lotStatus.require(lotNumber);
        String openTask = lot.getProcessInstanceId() == null ? null
                : workflow.openTaskOfProcess(lot.getProcessInstanceId()).map(WorkTask::name).orElse(null);
        return new LotDetails(lot.getLotNumber(), lot.getStatus(), lot.getSupplier().getCode(), lot.getSupplier().getName(),
                lot.getSupplierLotNumber(), lot.getMaterial().getPartNumber(), lot.getMaterial().getDescription(),
                lot.getPurchaseOrder(), lot.getReceivedQuantity(), lot.getQuantity(), lot.getUnit(), lot.getReceivedAt(),
                lot.getReceivedBy(), lot.getManufacturedOn(), lot.getExpiresOn(), lot.getCertificateOfConformance(),
                lot.getProcessInstanceId(), openTask, lot.getVersion(),
                inspections.forLot(lotNumber),
                concessions.forLot(lotNumber).stream().map(ConcessionView::of).toList());
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> auditTrail(String lotNumber) {
        lotStatus.require(lotNumber);
        return auditTrail.forLot(lotNumber);
    }

    @Transactional(readOnly = true)
    public List<LotSummary> recent() {
        return lots.findTop200ByOrderByReceivedAtDesc().stream().map(LotSummary::of).toList();
    }
}
