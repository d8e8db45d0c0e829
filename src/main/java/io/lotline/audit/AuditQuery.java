package io.lotline.audit;

import static io.lotline.traceability.FieldChecks.optionalEnum;
import static io.lotline.traceability.FieldChecks.trimmedOrNull;

import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.InvalidInputException.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.StringUtils;

/**
 * Filters of an audit trail search; every one is optional. {@code from}/{@code to} are dates (whole days, in the
 * plant's time zone, {@code to} inclusive) or ISO instants.
 */
public record AuditQuery(String entityType, String entityId, String user, AuditAction action, String lotNumber,
                         Instant from, Instant to) {
    public static AuditQuery parse(String entityType, String entityId, String user, String action, String lotNumber,
                                   String from, String to, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        AuditAction parsedAction = optionalEnum(AuditAction.class, action, "action", errors);
        Instant start = instant(from, "from", false, zone, errors);
        Instant end = instant(to, "to", true, zone, errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("to", "the end of the range is before its start"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuditQuery(trimmedOrNull(entityType), trimmedOrNull(entityId), trimmedOrNull(user), parsedAction,
                trimmedOrNull(lotNumber), start, end);
    }

    private static Instant instant(String text, String field, boolean endOfDay, ZoneId zone, List<FieldError> errors) {
        if (!StringUtils.hasText(text)) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "expected a date (2026-11-21) or an instant (2026-11-21T08:00:00Z), got " + value));
            return null;
        }
    }
}
