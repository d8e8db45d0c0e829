package io.lotline.supplier;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.Supplier;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ScarService {
    private final SupplierCorrectiveActionRepository scars;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ScarService(SupplierCorrectiveActionRepository scars, AuditTrail auditTrail, Clock clock) {
        this.scars = scars;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Raises a SCAR against the supplier of returned material; numbered per supplier, e.g. SCAR-POLYRES-3. */
    @Transactional
    public SupplierCorrectiveAction raise(Supplier supplier, Long nonconformanceId, String lotNumber, String description,
                                          String processInstanceId) {
        String number = "SCAR-" + supplier.getCode() + "-" + (scars.countBySupplierCode(supplier.getCode()) + 1);
        SupplierCorrectiveAction scar = scars.save(new SupplierCorrectiveAction(number, supplier, nonconformanceId, lotNumber,
                description, CurrentUser.id(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "SCAR", number).lot(lotNumber).process(processInstanceId)
                .set("supplier", supplier.getCode()).set("status", scar.getStatus()).set("description", description)
                .reason("Material returned to supplier"));
        return scar;
    }
}
