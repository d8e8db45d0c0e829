package io.lotline.production.spc;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.production.batch.BatchStatus;
import io.lotline.production.batch.Batches;
import io.lotline.production.batch.ProductionBatch;
import io.lotline.production.hold.HoldOrigin;
import io.lotline.production.hold.HoldService;
import io.lotline.production.hold.InProcessHold;
import io.lotline.production.setup.ProcessParameter;
import io.lotline.production.setup.ProductSetupService;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.Quantities;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-process readings: checked against spec limits and, incrementally, against the Western Electric rules of their
 * series. Any violation on a running batch puts it on hold at once; violations on a batch already on hold join the
 * open hold. A request is accepted or refused as a whole.
 */
@Service
public class ReadingService {
    static final int MAX_READINGS_PER_REQUEST = 20_000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final BigDecimal LARGEST_VALUE = BigDecimal.TEN.pow(12);
    private static final String INSERT_READING = "INSERT INTO process_reading (batch_id, parameter, cavity, seq_no, reading,"
            + " unit, taken_at, source, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Batches batches;
    private final ProductSetupService setup;
    private final SpcSeriesRepository seriesRepository;
    private final SpcViolationRepository violations;
    private final HoldService holds;
    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final int baselineReadings;

    public ReadingService(Batches batches, ProductSetupService setup, SpcSeriesRepository seriesRepository,
                          SpcViolationRepository violations, HoldService holds, JdbcTemplate jdbc, AuditTrail auditTrail,
                          Clock clock, @Value("${lotline.spc.baseline-readings}") int baselineReadings) {
        this.batches = batches;
        this.setup = setup;
        this.seriesRepository = seriesRepository;
        this.violations = violations;
        this.holds = holds;
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.baselineReadings = baselineReadings;
    }

    private record ValidReading(ProcessParameter parameter, int cavity, BigDecimal value, Instant takenAt,
                                ReadingSource source) {}

    /** The batch's SPC and specification violations, in the order they were found. */
    @Transactional(readOnly = true)
    public List<ViolationView> violationsOf(ProductionBatch batch) {
        return violations.findByBatch(batch).stream().map(ViolationView::of).toList();
    }

    /** Count, range and mean of each parameter's readings of a batch, computed in the database. */
    @Transactional(readOnly = true)
    public List<ReadingSummary> summaryOf(String batchNumber) {
        return jdbc.query("SELECT r.parameter, r.unit, COUNT(*), MIN(r.reading), MAX(r.reading), AVG(r.reading)"
                        + " FROM process_reading r JOIN production_batch b ON b.id = r.batch_id WHERE b.batch_number = ?"
                        + " GROUP BY r.parameter, r.unit ORDER BY r.parameter",
                (rs, row) -> new ReadingSummary(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6).setScale(4, RoundingMode.HALF_UP)),
                batchNumber);
    }

    /** Records the readings; {@code single} names fields as for one object rather than a list. */
    @Transactional
    public ReadingsResult record(String batchNumber, List<ReadingRequest> readings, boolean single) {
        ProductionBatch batch = batches.lock(batchNumber);
        if (batch.getCompletedAt() != null
                || batch.getStatus() != BatchStatus.RUNNING && batch.getStatus() != BatchStatus.ON_HOLD) {
            throw new ConflictException("Batch " + batchNumber + " is " + batch.getStatus()
                    + (batch.getCompletedAt() == null ? "" : " after its run was completed")
                    + "; readings are taken while it is RUNNING (or ON_HOLD during its run)");
        }
        Map<String, ProcessParameter> byName = setup.parametersOf(batch.getProduct()).stream()
                .collect(Collectors.toMap(ProcessParameter::getName, Function.identity()));
        List<ValidReading> valid = validate(readings, single, batch, byName);
        Instant now = now();
        String user = CurrentUser.id();
        LocalDateTime recordedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);

        Map<String, SpcSeries> series = new HashMap<>();
        seriesRepository.findByBatchOrderByParameterAscCavityAsc(batch).forEach(s -> series.put(key(s.getParameter(), s.getCavity()), s));
        List<Object[]> rows = new ArrayList<>(valid.size());
        List<SpcViolation> found = new ArrayList<>();
        for (ValidReading reading : valid) {
            ProcessParameter parameter = reading.parameter();
            SpcSeries s = series.computeIfAbsent(key(parameter.getName(), reading.cavity()), k -> seriesRepository.save(
                    new SpcSeries(batch, parameter.getName(), reading.cavity(), toDouble(parameter.getCenterLine()),
                            toDouble(parameter.getSigma()))));
            List<SpcRule> broken = new ArrayList<>();
            if (parameter.outOfSpec(reading.value())) {
                broken.add(SpcRule.SPEC_LIMIT);
            }
            broken.addAll(s.accept(reading.value().doubleValue(), baselineReadings));
            int seq = s.getReadings();
            rows.add(new Object[] {batch.getId(), parameter.getName(), reading.cavity(), seq, reading.value(),
                    parameter.getUnit(), LocalDateTime.ofInstant(reading.takenAt(), ZoneOffset.UTC), reading.source().name(),
                    recordedAt, user});
            for (SpcRule rule : broken) {
                found.add(new SpcViolation(batch, parameter.getName(), reading.cavity(), seq, rule, reading.value(),
                        describe(parameter, reading, seq, rule, s), now));
            }
        }
        jdbc.batchUpdate(INSERT_READING, rows);

        InProcessHold hold = null;
        if (!found.isEmpty()) {
            hold = batch.getStatus() == BatchStatus.RUNNING ? holds.open(batch, origin(found), reason(found), cavities(found))
                    : holds.openHoldOf(batch);
            for (SpcViolation violation : found) {
                violation.joinHold(hold);
            }
            violations.saveAll(found);
        }
        AuditEvent event = AuditEvent.of(AuditAction.CREATE, "PROCESS_READINGS", batchNumber)
                .set("readings", valid.size())
                .set("violations", found.isEmpty() ? null : found.size());
        if (hold != null) {
            event.set("hold", hold.getHoldNumber()).reason(reason(found));
        }
        auditTrail.record(event);
        return new ReadingsResult(valid.size(), found.stream().map(ViolationView::of).toList(), batch.getStatus(),
                hold == null ? null : hold.getHoldNumber());
    }

    private List<ValidReading> validate(List<ReadingRequest> readings, boolean single, ProductionBatch batch,
                                        Map<String, ProcessParameter> byName) {
        List<FieldError> errors = new ArrayList<>();
        if (readings.isEmpty()) {
            errors.add(new FieldError("readings", "send at least one reading"));
        } else if (readings.size() > MAX_READINGS_PER_REQUEST) {
            errors.add(new FieldError("readings", "send at most " + MAX_READINGS_PER_REQUEST + " readings per request"));
        }
        throwIfAny(errors);
        Instant latest = clock.instant().plus(CLOCK_SKEW);
        List<ValidReading> valid = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            String prefix = single ? "" : "[" + i + "].";
            ReadingRequest r = readings.get(i);
            if (r == null) {
                errors.add(new FieldError(single ? "reading" : "[" + i + "]", "is empty"));
                continue;
            }
            ProcessParameter parameter = r.parameter() == null ? null : byName.get(r.parameter().trim());
            if (parameter == null) {
                errors.add(new FieldError(prefix + "parameter", "'" + r.parameter() + "' is not a process parameter of "
                        + batch.getProduct().getPartNumber() + "; configured: " + byName.keySet()));
            } else if (parameter.isPerCavity() && (r.cavity() == null || r.cavity() < 1 || r.cavity() > batch.getCavities())) {
                errors.add(new FieldError(prefix + "cavity", parameter.getName() + " is measured per cavity: give the cavity, 1 to "
                        + batch.getCavities()));
            } else if (!parameter.isPerCavity() && r.cavity() != null) {
                errors.add(new FieldError(prefix + "cavity", parameter.getName() + " is measured per shot, not per cavity"));
            }
            if (parameter != null && r.unit() != null && !r.unit().trim().equals(parameter.getUnit())) {
                errors.add(new FieldError(prefix + "unit", parameter.getName() + " is recorded in " + parameter.getUnit()));
            }
            if (r.value() == null) {
                errors.add(new FieldError(prefix + "value", "is required"));
            } else if (r.value().abs().compareTo(LARGEST_VALUE) >= 0) {
                errors.add(new FieldError(prefix + "value", "is too large"));
            }
            if (r.takenAt() != null && r.takenAt().isAfter(latest)) {
                errors.add(new FieldError(prefix + "takenAt", "lies in the future"));
            }
            ReadingSource source = parseEnum(ReadingSource.class, r.source(), prefix + "source", errors);
            if (errors.isEmpty()) {
                // sensors send more digits than the record keeps; the record keeps six decimals
                valid.add(new ValidReading(parameter, parameter.isPerCavity() ? r.cavity() : 0,
                        r.value().setScale(6, RoundingMode.HALF_UP),
                        (r.takenAt() == null ? clock.instant() : r.takenAt()).truncatedTo(ChronoUnit.MICROS), source));
            }
        }
        throwIfAny(errors);
        return valid;
    }

    private static HoldOrigin origin(List<SpcViolation> found) {
        return found.stream().anyMatch(v -> v.getRule() == SpcRule.SPEC_LIMIT) ? HoldOrigin.SPEC_VIOLATION
                : HoldOrigin.SPC_VIOLATION;
    }

    private static String reason(List<SpcViolation> found) {
        Set<SpcRule> rules = EnumSet.noneOf(SpcRule.class);
        found.forEach(v -> rules.add(v.getRule()));
        return found.get(0).getDetail() + (found.size() > 1 ? " (" + found.size() + " violations in all: " + rules + ")" : "");
    }

    private static List<Integer> cavities(List<SpcViolation> found) {
        return List.copyOf(found.stream().map(SpcViolation::getCavity).filter(c -> c > 0).sorted()
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static String describe(ProcessParameter parameter, ValidReading reading, int seq, SpcRule rule, SpcSeries s) {
        String where = parameter.getName() + (reading.cavity() > 0 ? " cavity " + reading.cavity() : "") + " reading #" + seq
                + " = " + reading.value().stripTrailingZeros().toPlainString() + " " + parameter.getUnit() + ": " + rule.text();
        if (rule == SpcRule.SPEC_LIMIT) {
            return where + " (" + Quantities.range(parameter.getLowerSpec(), parameter.getUpperSpec(), parameter.getUnit()) + ")";
        }
        return where + String.format(Locale.ROOT, " (centre line %.4f, sigma %.4f)", s.getCenterLine(), s.getSigma());
    }

    private static String key(String parameter, int cavity) {
        return parameter + '\u0000' + cavity;
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
