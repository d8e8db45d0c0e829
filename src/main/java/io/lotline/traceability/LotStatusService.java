package io.lotline.traceability;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every lot status change passes here: checked against {@link LotStatus}'s table and audited with its reason. */
@Service
public class LotStatusService {
    private final MaterialLotRepository lots;
    private final AuditTrail auditTrail;

    public LotStatusService(MaterialLotRepository lots, AuditTrail auditTrail) {
        this.lots = lots;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public MaterialLot change(String lotNumber, LotStatus target, String reason, String processInstanceId) {
        MaterialLot lot = require(lotNumber);
        LotStatus from = lot.getStatus();
        lot.changeStatus(target);
        auditTrail.record(AuditEvent.of(AuditAction.STATUS_CHANGE, "MATERIAL_LOT", lotNumber)
                .lot(lotNumber)
                .change("status", from, target)
                .reason(reason)
                .process(processInstanceId));
        return lot;
    }

    @Transactional(readOnly = true)
    public MaterialLot require(String lotNumber) {
        return lots.findByLotNumber(lotNumber).orElseThrow(() -> new NotFoundException("No lot " + lotNumber));
    }
}
