package io.lotline.audit;

import io.lotline.web.PagedResponse;
import io.lotline.web.Paging;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditApiController {
    private final AuditTrail auditTrail;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;

    AuditApiController(AuditTrail auditTrail, AuditCheckpoints checkpoints, Clock clock) {
        this.auditTrail = auditTrail;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** Newest first, one page at a time ({@code page} from 1, {@code size} up to 500; total in X-Total-Count). */
    @GetMapping("/api/audit")
    ResponseEntity<List<AuditEntryView>> search(@RequestParam(required = false) String entityType,
                                                @RequestParam(required = false) String entityId,
                                                @RequestParam(required = false) String user,
                                                @RequestParam(required = false) String action,
                                                @RequestParam(required = false) String lotNumber,
                                                @RequestParam(required = false) String from,
                                                @RequestParam(required = false) String to,
                                                @RequestParam(required = false) String page,
                                                @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        AuditQuery query = AuditQuery.parse(entityType, entityId, user, action, lotNumber, from, to, clock.getZone());
        return PagedResponse.of(auditTrail.search(query, paging.pageable()), paging);
    }

    @GetMapping("/api/audit/verify")
    ChainVerification verify() {
        return auditTrail.verify();
    }

    /** The signed checkpoints, oldest first, as kept outside the database. */
    @GetMapping("/api/audit/checkpoints")
    List<AuditCheckpoint> checkpoints() {
        return checkpoints.all();
    }

    /** Signs the chain as it is now: before an audit, or to print for the quality file. */
    @PostMapping("/api/audit/checkpoints")
    ResponseEntity<AuditCheckpoint> takeCheckpoint() {
        return ResponseEntity.status(HttpStatus.CREATED).body(checkpoints.take());
    }

    /** The Ed25519 public key (PEM) that verifies every checkpoint's signature. */
    @GetMapping(path = "/api/audit/checkpoints/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpointKey() {
        return checkpoints.publicKeyPem();
    }
}
