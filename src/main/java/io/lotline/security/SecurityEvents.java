package io.lotline.security;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security events for administrators: listed on their home page and at {@code GET /api/security/events}, and logged
 * at WARN so that a log monitor can page someone "in an immediate and urgent manner" (21 CFR 11.300(d)).
 */
@Service
public class SecurityEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityEvents.class);
    public static final int MAX_LISTED = 200;

    private final SecurityEventRepository events;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public SecurityEvents(SecurityEventRepository events, AuditTrail auditTrail, Clock clock) {
        this.events = events;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Part of the caller's transaction: the event is kept exactly when what caused it is. */
    @Transactional(propagation = Propagation.MANDATORY)
    void raise(SecurityEventKind kind, String username, String sourceAddress, String detail) {
        events.save(new SecurityEvent(clock.instant(), kind, username, sourceAddress, detail));
        LOG.warn("Security event {}: {}", kind, detail);
    }

    /** A source refused for too many wrong passwords: nothing else is written then, so it gets its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void raiseThrottled(String sourceAddress, int failures) {
        String detail = "Sign-ins from " + sourceAddress + " refused for a minute after " + failures
                + " wrong passwords within a minute";
        raise(SecurityEventKind.SOURCE_THROTTLED, null, sourceAddress, detail);
        auditTrail.record(AuditEvent.of(AuditAction.LOGIN_FAILED, "SOURCE", sourceAddress).reason(detail));
    }

    /** The events of the last {@code days} days, newest first, at most {@link #MAX_LISTED}. */
    @Transactional(readOnly = true)
    public List<SecurityEventView> recent(int days) {
        return events.findByOccurredAtGreaterThanEqualOrderByIdDesc(clock.instant().minus(Duration.ofDays(days)),
                PageRequest.of(0, MAX_LISTED)).stream().map(SecurityEvent::view).toList();
    }
}
