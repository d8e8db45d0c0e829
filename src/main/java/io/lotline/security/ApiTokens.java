package io.lotline.security;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.audit.Sha256;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.FieldChecks;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations, as GitLab access tokens work: 256 random bits shown once, kept as SHA-256 (a
 * high-entropy secret needs no slow hash, so checking one costs a single indexed read), revocable at once.
 */
@Service
public class ApiTokens {
    static final String TOKEN_PREFIX = "llt_";
    private static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{0,39}";
    /** The last-use time is written at most this often per token, so busy integrations do not write on every call. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AuditTrail auditTrail;
    private final SecuritySettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(ApiTokenRepository tokens, AuditTrail auditTrail, SecuritySettings settings, Clock clock) {
        this.tokens = tokens;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiToken create(ApiTokenRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.name() == null || !request.name().matches(NAME_PATTERN)) {
            errors.add(new FieldError("name", "1 to 40 lower-case letters, digits, '.', '_' or '-', starting with a "
                    + "letter or digit (it names the integration in the audit trail as token:<name>)"));
        }
        Role role = parseEnum(Role.class, request.role(), "role", errors);
        LocalDate today = todayUtc();
        if (request.expiresOn() == null) {
            errors.add(new FieldError("expiresOn", "is required (YYYY-MM-DD): every token expires"));
        } else if (!request.expiresOn().isAfter(today)) {
            errors.add(new FieldError("expiresOn", "must be after today"));
        } else if (request.expiresOn().isAfter(today.plusDays(settings.maxTokenLifetimeDays()))) {
            errors.add(new FieldError("expiresOn", "must be at most " + settings.maxTokenLifetimeDays()
                    + " days ahead"));
        }
        throwIfAny(errors);
        if (tokens.existsByName(request.name())) {
            throw new ConflictException("A token named " + request.name() + " exists or existed; token names are "
                    + "never reused, so that the audit trail names one integration. Choose another name.");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = tokens.save(new ApiToken(request.name(), role, Sha256.hex(value), clock.instant(),
                CurrentUser.id(), request.expiresOn()));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "API_TOKEN", request.name())
                .set("role", role)
                .set("expiresOn", request.expiresOn()));
        return new CreatedApiToken(token.getId(), token.getName(), role, request.expiresOn(), value);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> list() {
        LocalDate today = todayUtc();
        return tokens.findAllByOrderByIdDesc().stream().map(t -> t.view(today)).toList();
    }

    @Transactional
    public void revoke(long id, String reason) {
        String why = FieldChecks.trimmedOrNull(reason);
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("No API token " + id));
        if (token.getRevokedAt() != null) {
            throw new ConflictException("Token " + token.getName() + " was already revoked at " + token.getRevokedAt());
        }
        token.revoke(clock.instant(), CurrentUser.id());
        auditTrail.record(AuditEvent.of(AuditAction.STATUS_CHANGE, "API_TOKEN", token.getName())
                .change("status", "ACTIVE", "REVOKED")
                .reason(why == null ? "Revoked" : why));
    }

    /** The authentication a presented token value grants, if it is one of ours and usable today. */
    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String presented) {
        if (presented == null || !presented.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(Sha256.hex(presented)).filter(t -> t.isUsable(todayUtc()));
        found.ifPresent(token -> {
            Instant now = clock.instant();
            if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USE_RESOLUTION).isBefore(now)) {
                tokens.markUsed(token.getId(), now);
            }
        });
        return found.map(token -> new ApiTokenAuthentication(token.getName(), token.getRole()));
    }

    private LocalDate todayUtc() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
