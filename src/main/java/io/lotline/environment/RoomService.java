package io.lotline.environment;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Rooms, their limits, and the readings taken in them. Readings of one room are evaluated under the room's lock, in
 * the order they were taken: a reading beyond the action limit opens an ACTION excursion for the parameter, a run of
 * {@code lotline.environment.alert-readings-in-a-row} readings beyond the alert limit an ALERT excursion, and the
 * first reading back within the alert limits ends it. An excursion that reaches the action level stops every batch
 * running in the room through {@link RoomProduction}, in the same transaction, and its impact assessment starts
 * ({@link ExcursionService}).
 */
@Service
public class RoomService {
    static final int MAX_READINGS_PER_REQUEST = 10_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,29}");
    private static final BigDecimal LARGEST_VALUE = new BigDecimal("1e12");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final String INSERT_READING = "INSERT INTO room_reading (room_id, parameter, reading, unit, taken_at,"
            + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final RoomRepository rooms;
    private final RoomLimitRepository limits;
    private final RoomReadingRepository readings;
    private final ExcursionRepository excursions;
    private final RoomProduction roomProduction;
    private final ExcursionService excursionProcess;
    private final AuditTrail auditTrail;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int alertReadingsInARow;

    public RoomService(RoomRepository rooms, RoomLimitRepository limits, RoomReadingRepository readings,
                       ExcursionRepository excursions, RoomProduction roomProduction,
                       ExcursionService excursionProcess, AuditTrail auditTrail, JdbcTemplate jdbc, Clock clock,
                       @Value("${lotline.environment.alert-readings-in-a-row}") int alertReadingsInARow) {
        this.rooms = rooms;
        this.limits = limits;
        this.readings = readings;
        this.excursions = excursions;
        this.roomProduction = roomProduction;
        this.excursionProcess = excursionProcess;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.clock = clock;
        this.alertReadingsInARow = alertReadingsInARow;
    }

    @Transactional
    public RoomView create(RoomRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.code() == null || !CODE.matcher(request.code().trim()).matches()) {
            errors.add(new FieldError("code", "1 to 30 letters, digits, '-' or '_', starting with a letter or digit"));
        }
        requireText(request.name(), "name", 120, errors);
        if (request.isoClass() == null || request.isoClass() < 5 || request.isoClass() > 9) {
            errors.add(new FieldError("isoClass", "an ISO 14644-1 class from 5 to 9"));
        }
        throwIfAny(errors);
        String code = request.code().trim();
        if (rooms.findByCode(code).isPresent()) {
            throw new ConflictException("Room " + code + " already exists");
        }
        Room room = rooms.save(new Room(code, request.name().trim(), request.isoClass(), clock.instant(),
                CurrentUser.id()));
        for (RoomParameter parameter : RoomParameter.values()) {
            limits.save(new RoomLimit(room, parameter, parameter.defaultLimits(room.getIsoClass())));
        }
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "ROOM", code).set("name", room.getName())
                .set("isoClass", room.getIsoClass()).reason("Room set up with the ISO class's default limits"));
        return view(room);
    }

    @Transactional(readOnly = true)
    public List<RoomView> all() {
        return rooms.findAllByOrderByCodeAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public RoomView view(String code) {
        return view(rooms.require(code));
    }

    /** Replaces the limits of the parameters given; audited per value, old → new, with the reason. */
    @Transactional
    public RoomView changeLimits(String code, LimitsRequest request) {
        Room room = rooms.requireLocked(code);
        List<FieldError> errors = new ArrayList<>();
        if (!StringUtils.hasText(request.reason())) {
            errors.add(new FieldError("reason", "say why the limits change"));
        }
        if (request.limits() == null || request.limits().isEmpty()) {
            errors.add(new FieldError("limits", "give the new limits of at least one parameter"));
        }
        throwIfAny(errors);
        Map<RoomParameter, RoomParameter.Limits> changes = new EnumMap<>(RoomParameter.class);
        for (int i = 0; i < request.limits().size(); i++) {
            LimitsRequest.Limit given = request.limits().get(i);
            String prefix = "limits[" + i + "].";
            RoomParameter parameter = given == null ? null
                    : parseEnum(RoomParameter.class, given.parameter(), prefix + "parameter", errors);
            if (parameter != null) {
                if (changes.containsKey(parameter)) {
                    errors.add(new FieldError(prefix + "parameter", parameter + " is given twice"));
                }
                RoomParameter.Limits next = new RoomParameter.Limits(given.alert(), given.action(), given.alertLow(),
                        given.actionLow());
                validate(parameter, next, prefix, errors);
                changes.put(parameter, next);
            }
        }
        throwIfAny(errors);
        AuditEvent event = AuditEvent.of(AuditAction.UPDATE, "ROOM", room.getCode()).reason(request.reason().trim());
        for (RoomLimit limit : limits.findByRoomOrderByIdAsc(room)) {
            RoomParameter.Limits next = changes.get(limit.getParameter());
            if (next != null) {
                RoomParameter.Limits before = limit.limits();
                String name = limit.getParameter().name();
                event.change(name + ".alert", plain(before.alertHigh()), plain(next.alertHigh()))
                        .change(name + ".action", plain(before.actionHigh()), plain(next.actionHigh()))
                        .change(name + ".alertLow", plain(before.alertLow()), plain(next.alertLow()))
                        .change(name + ".actionLow", plain(before.actionLow()), plain(next.actionLow()));
                limit.set(next);
            }
        }
        auditTrail.record(event);
        return view(room);
    }

    @Transactional(readOnly = true)
    public List<ExcursionView> excursions(String code) {
        return excursions.findByRoomOrderByStartedAtDescIdDesc(rooms.require(code)).stream().map(ExcursionView::of).toList();
    }

    /**
     * The excursions a batch was exposed to, newest first: those of its room whose period overlaps its run, from
     * {@code from} to {@code to}, and any that held it; none for a batch with no recorded room or not started yet.
     */
    @Transactional(readOnly = true)
    public List<ExcursionView> excursionsExposing(String batchNumber, Room room, Instant from, Instant to) {
        if (room == null || from == null) {
            return List.of();
        }
        return excursions.findExposing(room, batchNumber, from, to).stream().map(ExcursionView::of).toList();
    }

    /** The room's latest readings, newest first (the room page's table). */
    @Transactional(readOnly = true)
    public List<RoomReadingView> latestReadings(String code) {
        return readings.findTop50ByRoomOrderByTakenAtDescIdDesc(rooms.require(code)).stream().map(RoomReadingView::of)
                .toList();
    }

    /** Records the readings, all or none, and evaluates them against the room's limits in the order taken. */
    @Transactional
    public RoomReadingsResult record(String code, List<RoomReadingRequest> requested, boolean single) {
        Room room = rooms.requireLocked(code);
        Map<RoomParameter, RoomLimit> limitOf = new EnumMap<>(RoomParameter.class);
        limits.findByRoomOrderByIdAsc(room).forEach(limit -> limitOf.put(limit.getParameter(), limit));
        List<ValidReading> valid = validate(requested, single);
        valid.sort(Comparator.comparing(ValidReading::takenAt));
        // a sensor gateway sends thousands at once: one batch of inserts, not a statement and an id fetch each
        LocalDateTime recordedAt = utc(clock.instant());
        String recordedBy = CurrentUser.id();
        jdbc.batchUpdate(INSERT_READING, valid.stream().map(r -> new Object[] {room.getId(), r.parameter().name(),
                r.value(), r.parameter().unit(), utc(r.takenAt()), recordedAt, recordedBy}).toList());
        Map<RoomParameter, Optional<Excursion>> openByParameter = new EnumMap<>(RoomParameter.class);
        Map<String, Excursion> touched = new LinkedHashMap<>();
        Set<String> opened = new HashSet<>();
        for (ValidReading reading : valid) {
            Optional<Excursion> open = openByParameter.computeIfAbsent(reading.parameter(),
                    p -> excursions.findByRoomAndParameterAndStatus(room, p, Excursion.Status.OPEN));
            openByParameter.put(reading.parameter(), evaluate(room, limitOf.get(reading.parameter()), reading,
                    open.orElse(null), touched, opened));
        }
        for (Excursion excursion : touched.values()) {
            // readings go on beyond the limits: a batch started in the room since the excursion opened is held too,
            // one already held by it (and perhaps resumed by QC since) is not held again
            if (excursion.getLevel() == Excursion.Level.ACTION) {
                excursion.held(roomProduction.holdBatchesRunningIn(room, holdReason(room, excursion),
                        excursion.heldBatchNumbers()));
                excursionProcess.startAssessment(excursion);
            }
        }
        for (Excursion excursion : touched.values()) {
            AuditEvent event = opened.contains(excursion.getExcursionNumber())
                    ? AuditEvent.of(AuditAction.CREATE, "EXCURSION", excursion.getExcursionNumber())
                    : AuditEvent.of(AuditAction.UPDATE, "EXCURSION", excursion.getExcursionNumber());
            auditTrail.record(event.set("room", room.getCode()).set("parameter", excursion.getParameter())
                    .set("level", excursion.getLevel()).set("status", excursion.getStatus())
                    .set("peak", plain(excursion.getPeak()))
                    .set("affectedBatches", excursion.getHeldBatches().isEmpty() ? null : excursion.heldBatchNumbers())
                    .reason(excursion.getStatus() == Excursion.Status.OPEN
                            ? "Readings beyond the " + excursion.getLevel().name().toLowerCase() + " limit"
                            : "Readings back within the limits"));
        }
        return new RoomReadingsResult(valid.size(), touched.values().stream().map(ExcursionView::of).toList());
    }

    /** A valid reading to record and evaluate. */
    private record ValidReading(RoomParameter parameter, BigDecimal value, Instant takenAt) {}

    private static String holdReason(Room room, Excursion excursion) {
        return "Environmental excursion " + excursion.getExcursionNumber() + " in room " + room.getCode() + ": "
                + excursion.getParameter() + " reached " + plain(excursion.getPeak()) + " "
                + excursion.getParameter().unit() + ", beyond its action limit";
    }

    /** Evaluates one reading against the parameter's open excursion, if any; returns the excursion open after it. */
    private Optional<Excursion> evaluate(Room room, RoomLimit limit, ValidReading reading, Excursion open,
                                         Map<String, Excursion> touched, Set<String> opened) {
        BigDecimal value = reading.value();
        boolean above = limit.aboveUpperLimits(value);
        if (limit.beyondAction(value)) {
            limit.resetBeyondAlert();
            if (open == null) {
                open = opened(room, reading, Excursion.Level.ACTION, opened);
            } else {
                open.escalate();
                open.extend(value, above);
            }
            touched.put(open.getExcursionNumber(), open);
        } else if (limit.beyondAlert(value)) {
            int inARow = limit.countBeyondAlert();
            if (open != null) {
                open.extend(value, above);
                touched.put(open.getExcursionNumber(), open);
            } else if (inARow >= alertReadingsInARow) {
                open = opened(room, reading, Excursion.Level.ALERT, opened);
                touched.put(open.getExcursionNumber(), open);
            }
        } else {
            limit.resetBeyondAlert();
            if (open != null) {
                open.endAt(reading.takenAt());
                touched.put(open.getExcursionNumber(), open);
                open = null;
            }
        }
        return Optional.ofNullable(open);
    }

    private Excursion opened(Room room, ValidReading reading, Excursion.Level level, Set<String> opened) {
        String number = "EX-%d-%06d".formatted(LocalDate.ofInstant(reading.takenAt(), ZoneOffset.UTC).getYear(),
                excursions.nextNumber());
        opened.add(number);
        return excursions.saveAndFlush(new Excursion(number, room, reading.parameter(), level, reading.takenAt(),
                reading.value()));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private List<ValidReading> validate(List<RoomReadingRequest> requested, boolean single) {
        if (requested.isEmpty() || requested.size() > MAX_READINGS_PER_REQUEST) {
            throw new InvalidInputException("readings", "send 1 to " + MAX_READINGS_PER_REQUEST + " readings");
        }
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        List<ValidReading> valid = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String prefix = single ? "" : "[" + i + "].";
            RoomReadingRequest r = requested.get(i);
            if (r == null) {
                errors.add(new FieldError(single ? "reading" : "[" + i + "]", "is empty"));
                continue;
            }
            int before = errors.size();
            RoomParameter parameter = parseEnum(RoomParameter.class, r.parameter(), prefix + "parameter", errors);
            if (parameter != null && r.unit() != null && !r.unit().trim().equals(parameter.unit())) {
                errors.add(new FieldError(prefix + "unit", parameter + " is recorded in " + parameter.unit()));
            }
            if (r.value() == null) {
                errors.add(new FieldError(prefix + "value", "is required"));
            } else if (r.value().abs().compareTo(LARGEST_VALUE) >= 0) {
                errors.add(new FieldError(prefix + "value", "is too large"));
            } else if (parameter != null && parameter.isParticleCount() && r.value().signum() < 0) {
                errors.add(new FieldError(prefix + "value", "a particle count cannot be negative"));
            }
            if (r.takenAt() != null && r.takenAt().isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new FieldError(prefix + "takenAt", "lies in the future"));
            }
            if (errors.size() == before) {
                valid.add(new ValidReading(parameter, r.value().setScale(6, RoundingMode.HALF_UP),
                        (r.takenAt() == null ? now : r.takenAt()).truncatedTo(ChronoUnit.MICROS)));
            }
        }
        throwIfAny(errors);
        return valid;
    }

    private static void validate(RoomParameter parameter, RoomParameter.Limits next, String prefix,
                                 List<FieldError> errors) {
        if (next.actionHigh() == null && next.actionLow() == null) {
            errors.add(new FieldError(prefix + "action", "give an action limit (action, actionLow or both)"));
        }
        if (parameter.isParticleCount() && (next.alertLow() != null || next.actionLow() != null)) {
            errors.add(new FieldError(prefix + "actionLow", "particle counts have upper limits only"));
        }
        if (parameter.isParticleCount() && (negative(next.alertHigh()) || negative(next.actionHigh()))) {
            errors.add(new FieldError(prefix + "action", "a particle count limit cannot be negative"));
        }
        if (next.alertHigh() != null
                && (next.actionHigh() == null || next.alertHigh().compareTo(next.actionHigh()) > 0)) {
            errors.add(new FieldError(prefix + "alert", "the alert limit must lie within the action limit"));
        }
        if (next.alertLow() != null && (next.actionLow() == null || next.alertLow().compareTo(next.actionLow()) < 0)) {
            errors.add(new FieldError(prefix + "alertLow", "the alert limit must lie within the action limit"));
        }
        if (next.actionLow() != null && next.actionHigh() != null
                && next.actionLow().compareTo(next.actionHigh()) >= 0) {
            errors.add(new FieldError(prefix + "actionLow", "must be below the upper action limit"));
        }
    }

    private RoomView view(Room room) {
        return new RoomView(room.getCode(), room.getName(), room.getIsoClass(),
                limits.findByRoomOrderByIdAsc(room).stream().map(LimitView::of).toList(), readings.countByRoom(room));
    }

    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : LimitView.plain(value).toPlainString();
    }

}
