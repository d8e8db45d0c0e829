package io.lotline.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditApiController {
    private final AuditTrail auditTrail;
    private final Clock clock;

    AuditApiController(AuditTrail auditTrail, Clock clock) {
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @GetMapping("/api/audit")
    List<AuditEntryView> search(@RequestParam(required = false) String entityType,
                                @RequestParam(required = false) String entityId,
                                @RequestParam(required = false) String user,
                                @RequestParam(required = false) String action,
                                @RequestParam(required = false) String lotNumber,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        return auditTrail.search(AuditQuery.parse(entityType, entityId, user, action, lotNumber, from, to, clock.getZone()));
    }

    @GetMapping("/api/audit/verify")
    ChainVerification verify() {
        return auditTrail.verify();
    }
}
