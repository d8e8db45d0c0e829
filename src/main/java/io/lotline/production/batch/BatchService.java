package io.lotline.production.batch;

import static io.lotline.traceability.FieldChecks.requireQuantity;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.environment.MachineService;
import io.lotline.environment.Room;
import io.lotline.production.setup.BomLine;
import io.lotline.production.setup.ProductSetupService;
import io.lotline.security.Role;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.ItemType;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.Material;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.MaterialLotRepository;
import io.lotline.traceability.MaterialRepository;
import io.lotline.traceability.Quantities;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Molding runs: plan, start, issue material (bill of materials, FEFO), complete. */
@Service
public class BatchService {
    private static final int MAX_CAVITIES = 128;
    /** First expiry first out; lots without expiry after those with one, then first received first out. */
    private static final Comparator<MaterialLot> ISSUE_ORDER = Comparator
            .comparing(MaterialLot::getExpiresOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MaterialLot::getReceivedAt);

    private final ProductionBatchRepository batchRepository;
    private final Batches batches;
    private final MaterialRepository materials;
    private final MaterialLotRepository lots;
    private final ProductSetupService setup;
    private final MachineService machines;
    private final MaterialConsumptionRepository consumptions;
    private final BatchCavityOutputRepository cavityOutputs;
    private final LotStatusService lotStatus;
    private final Signatures signatures;
    private final BatchOutput output;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public BatchService(ProductionBatchRepository batchRepository, Batches batches, MaterialRepository materials,
                        MaterialLotRepository lots, ProductSetupService setup, MachineService machines,
                        MaterialConsumptionRepository consumptions, BatchCavityOutputRepository cavityOutputs,
                        LotStatusService lotStatus, Signatures signatures, BatchOutput output, AuditTrail auditTrail,
                        Clock clock) {
        this.batchRepository = batchRepository;
        this.batches = batches;
        this.materials = materials;
        this.lots = lots;
        this.setup = setup;
        this.machines = machines;
        this.consumptions = consumptions;
        this.cavityOutputs = cavityOutputs;
        this.lotStatus = lotStatus;
        this.signatures = signatures;
        this.output = output;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public String create(BatchRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Material product = null;
        if (request.productPartNumber() == null || request.productPartNumber().isBlank()) {
            errors.add(new FieldError("productPartNumber", "is required"));
        } else {
            product = materials.findByPartNumber(request.productPartNumber().trim()).orElse(null);
            if (product == null) {
                errors.add(new FieldError("productPartNumber", "no material " + request.productPartNumber().trim()));
            } else if (setup.bomOf(product).isEmpty()) {
                errors.add(new FieldError("productPartNumber", product.getPartNumber()
                        + " has no bill of materials; an administrator must define it before it can be made"));
            }
        }
        if (request.plannedQuantity() == null || request.plannedQuantity() <= 0) {
            errors.add(new FieldError("plannedQuantity", "must be greater than 0"));
        }
        requireText(request.machineId(), "machineId", 40, errors);
        requireText(request.moldId(), "moldId", 40, errors);
        if (request.cavities() == null || request.cavities() < 1 || request.cavities() > MAX_CAVITIES) {
            errors.add(new FieldError("cavities", "give the mold's cavity count, 1 to " + MAX_CAVITIES));
        }
        requireText(request.shift(), "shift", 20, errors);
        requireText(request.operator(), "operator", 60, errors);
        validateSetup(request.setup(), false, errors);
        throwIfAny(errors);

        String batchNumber = "PB-%d-%06d".formatted(LocalDate.now(clock).getYear(), batchRepository.nextNumber());
        String machineId = request.machineId().trim();
        ProductionBatch batch = batchRepository.save(new ProductionBatch(batchNumber, product, request.plannedQuantity(),
                machineId, machines.roomOf(machineId).orElse(null), request.moldId().trim(), request.cavities(),
                request.shift().trim(), request.operator().trim(),
                request.setup() == null ? SetupConditions.NONE : request.setup(), now(), CurrentUser.id()));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "BATCH", batchNumber)
                .set("product", product.getPartNumber()).set("plannedQuantity", batch.getPlannedQuantity())
                .set("machine", batch.getMachineId()).set("room", roomCode(batch.getRoom()))
                .set("mold", batch.getMoldId() + " (" + batch.getCavities() + " cavities)")
                .set("shift", batch.getShift()).set("operator", batch.getOperator())
                .set("setup", describe(batch.getSetup())).set("status", batch.getStatus()));
        return batchNumber;
    }

    @Transactional
    public void start(String batchNumber, StartRequest request) {
        ProductionBatch batch = batches.lock(batchNumber);
        if (batch.getStatus() != BatchStatus.PLANNED) {
            throw new ConflictException("Batch " + batchNumber + " is " + batch.getStatus() + "; only a PLANNED batch can start");
        }
        SetupConditions setup = batch.getSetup().overriddenBy(request == null ? null : request.setup());
        List<FieldError> errors = new ArrayList<>();
        validateSetup(setup, true, errors);
        throwIfAny(errors);
        String setupBefore = describe(batch.getSetup());
        String roomBefore = roomCode(batch.getRoom());
        batch.start(setup, machines.roomOf(batch.getMachineId()).orElse(null), now(), CurrentUser.id());
        batches.change(batch, BatchStatus.RUNNING, "Run started", null);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "BATCH", batchNumber)
                .change("setup", setupBefore, describe(setup)).change("room", roomBefore, roomCode(batch.getRoom())));
    }

    /**
     * Issues lot quantity into the batch. The batch's and the lot's rows stay locked until commit, so parallel issues
     * cannot overdraw a lot and an issue cannot slip past a hold of the batch or the lot.
     */
    @Transactional
    public IssueResult consume(String batchNumber, ConsumptionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        requireText(request.lotNumber(), "lotNumber", 30, errors);
        requireQuantity(request.quantity(), "quantity", errors);
        ConsumptionRequest.FefoOverride override = request.fefoOverride();
        if (override != null) {
            requireText(override.reason(), "fefoOverride.reason", 2000, errors);
        }
        throwIfAny(errors);
        if (override != null) {
            authenticateFefoOverride(override);
        }
        ProductionBatch batch = batches.lock(batchNumber);
        if (batch.getStatus() != BatchStatus.PLANNED && batch.getStatus() != BatchStatus.RUNNING) {
            throw new ConflictException("Batch " + batchNumber + " is " + batch.getStatus()
                    + "; material can be issued only to a PLANNED or RUNNING batch");
        }
        String lotNumber = request.lotNumber().trim();
        MaterialLot lot = lotStatus.lockForIssue(lotNumber, request.quantity());
        Material product = batch.getProduct();
        List<BomLine> bom = setup.bomOf(product);
        if (bom.stream().noneMatch(line -> line.getComponent().getId().equals(lot.getMaterial().getId()))) {
            throw new ConflictException("Lot " + lotNumber + " is " + lot.getMaterial().getPartNumber() + ", which is not on the"
                    + " bill of materials of " + product.getPartNumber() + " (" + String.join(", ",
                    bom.stream().map(line -> line.getComponent().getPartNumber()).toList()) + ")");
        }
        MaterialLot firstInLine = firstInIssueOrder(lot);
        if (firstInLine != null && override == null) {
            throw new ConflictException(fefoRule(lot, firstInLine) + ", or have a QC manager sign an override with a reason");
        }
        if (firstInLine == null && override != null) {
            throw new InvalidInputException("fefoOverride", "lot " + lotNumber + " is first in FEFO order; no override is needed");
        }
        String overriddenLot = firstInLine == null ? null : firstInLine.getLotNumber();

        LotStatus statusAtIssue = lot.getStatus();
        MaterialConsumption consumption = consumptions.save(new MaterialConsumption(batch, lot, request.quantity(),
                statusAtIssue, now(), CurrentUser.id()));
        lotStatus.issue(lot, request.quantity(), ItemType.BATCH, batchNumber, "Issued to batch " + batchNumber
                + (overriddenLot == null ? "" : " out of FEFO order (before " + overriddenLot + ")"));
        AuditEvent event = AuditEvent.of(AuditAction.CREATE, "MATERIAL_CONSUMPTION", batchNumber + "/" + consumption.getId())
                .lot(lotNumber).set("batch", batchNumber).set("lot", lotNumber)
                .set("quantity", Quantities.withUnit(request.quantity(), lot.getUnit()))
                .set("lotStatusAtIssue", statusAtIssue);
        if (overriddenLot != null) {
            String reason = override.reason().trim();
            consumption.overrideFefo(overriddenLot, reason, signatures.sign(SignatureMeaning.APPROVED_FEFO_OVERRIDE,
                    "MATERIAL_CONSUMPTION", batchNumber + "/" + consumption.getId(), String.join("|", "FEFO_OVERRIDE",
                            batchNumber, lotNumber, request.quantity().toPlainString(), overriddenLot, reason),
                    lotNumber, null));
            event.set("fefoOverride", "instead of " + overriddenLot).reason(reason);
        }
        auditTrail.record(event);
        return new IssueResult(batchNumber, lotNumber, request.quantity(), lot.getUnit(), lot.getQuantity(), lot.getStatus(),
                overriddenLot);
    }

    @Transactional
    public void complete(String batchNumber, CompletionRequest request) {
        ProductionBatch batch = batches.lock(batchNumber);
        if (batch.getStatus() != BatchStatus.RUNNING) {
            throw new ConflictException("Batch " + batchNumber + " is " + batch.getStatus() + "; only a RUNNING batch can be completed");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.goodQuantity() == null || request.goodQuantity() < 0) {
            errors.add(new FieldError("goodQuantity", "give the number of good parts (0 or more)"));
        }
        if (request.scrapQuantity() == null || request.scrapQuantity() < 0) {
            errors.add(new FieldError("scrapQuantity", "give the number of scrapped parts (0 or more)"));
        }
        if (errors.isEmpty() && request.goodQuantity() + request.scrapQuantity() == 0) {
            errors.add(new FieldError("goodQuantity", "a completed run made at least one part"));
        }
        List<CompletionRequest.CavityOutput> perCavity = request.cavities() == null ? List.of() : request.cavities();
        validateCavityOutput(perCavity, batch.getCavities(), request, errors);
        throwIfAny(errors);
        if (!consumptions.existsByBatch(batch)) {
            throw new ConflictException("No material was issued to batch " + batchNumber
                    + "; record the lots it consumed before completing it");
        }
        MaterialLot releaseGroup = output.prepare(batch, request.finishedLotNumber());
        batch.complete(request.goodQuantity(), request.scrapQuantity(), now(), CurrentUser.id());
        perCavity.forEach(c -> cavityOutputs.save(new BatchCavityOutput(batch, c.cavity(), c.goodQuantity(), c.scrapQuantity())));
        batches.change(batch, BatchStatus.COMPLETED, "Run completed", null);
        AuditEvent event = AuditEvent.of(AuditAction.UPDATE, "BATCH", batchNumber)
                .set("goodQuantity", request.goodQuantity()).set("scrapQuantity", request.scrapQuantity());
        perCavity.forEach(c -> event.set("cavity." + c.cavity(), c.goodQuantity() + " good, " + c.scrapQuantity() + " scrap"));
        auditTrail.record(event);
        if (request.goodQuantity() > 0) {
            output.store(batch, request.goodQuantity(), perCavity, releaseGroup);
        }
    }

    @Transactional(readOnly = true)
    public Page<BatchSummary> recent(Pageable page) {
        return batchRepository.findRecent(page).map(BatchSummary::of);
    }

    /** The numbers of the batches whose good parts make up a finished lot, without reading the batches. */
    @Transactional(readOnly = true)
    public List<String> batchNumbersProducedInto(String lotNumber) {
        return batchRepository.findBatchNumbersByFinishedLot(lotStatus.originalLotOf(lotNumber));
    }

    /** The batches whose good parts make up a finished lot (its release group), or the lot it was split off. */
    @Transactional(readOnly = true)
    public List<ProductionBatch> producedInto(String lotNumber) {
        return batchRepository.findByFinishedLotLotNumberOrderByBatchNumber(lotStatus.originalLotOf(lotNumber));
    }

    /** The lots issued to the batch, in the order they were issued. */
    @Transactional(readOnly = true)
    public List<ConsumptionView> consumptionsOf(ProductionBatch batch) {
        return consumptions.findByBatch(batch).stream().map(ConsumptionView::of).toList();
    }

    /** The good and scrap parts of each cavity, as recorded at completion. */
    @Transactional(readOnly = true)
    public List<CompletionRequest.CavityOutput> cavityOutputOf(ProductionBatch batch) {
        return cavityOutputs.findByBatchOrderByCavity(batch).stream()
                .map(c -> new CompletionRequest.CavityOutput(c.getCavity(), c.getGoodQuantity(), c.getScrapQuantity()))
                .toList();
    }

    /** Batches a lot was issued to, for the lot's page. */
    @Transactional(readOnly = true)
    public List<ConsumptionView> consumptionsOf(String lotNumber) {
        return consumptions.findByLotNumber(lotNumber).stream().map(ConsumptionView::of).toList();
    }

    /** The released lot FEFO wants issued before this one, or null when this lot may go now. */
    private MaterialLot firstInIssueOrder(MaterialLot lot) {
        Optional<MaterialLot> first = lots.findInIssueOrder(lot.getMaterial(), LocalDate.now(clock), Limit.of(1)).stream().findFirst();
        return first.filter(f -> !f.getLotNumber().equals(lot.getLotNumber()) && ISSUE_ORDER.compare(f, lot) < 0).orElse(null);
    }

    private static String fefoRule(MaterialLot lot, MaterialLot firstInLine) {
        return "FEFO: issue lot " + firstInLine.getLotNumber() + " first ("
                + (firstInLine.getExpiresOn() == null ? "received " + firstInLine.getReceivedAt()
                : "expires " + firstInLine.getExpiresOn()) + ", " + firstInLine.getQuantity().stripTrailingZeros().toPlainString()
                + " " + firstInLine.getUnit() + " left) before " + lot.getLotNumber()
                + (lot.getExpiresOn() == null ? "" : " (expires " + lot.getExpiresOn() + ")");
    }

    /**
     * Checks the QC manager's signature on an override before any row is locked: re-authentication takes a connection
     * of its own, which must not be awaited while holding locks other issues of the lot are waiting for.
     */
    private void authenticateFefoOverride(ConsumptionRequest.FefoOverride override) {
        if (!CurrentUser.roles().contains(Role.QC_MANAGER.name())) {
            throw new ActionForbiddenException("Only a QC manager may override FEFO order");
        }
        signatures.authenticate(override.signature(), SignatureMeaning.APPROVED_FEFO_OVERRIDE);
    }

    private static void validateCavityOutput(List<CompletionRequest.CavityOutput> perCavity, int cavityCount,
                                             CompletionRequest totals, List<FieldError> errors) {
        if (perCavity.isEmpty()) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        int good = 0;
        int scrap = 0;
        for (int i = 0; i < perCavity.size(); i++) {
            CompletionRequest.CavityOutput c = perCavity.get(i);
            String field = "cavities[" + i + "]";
            if (c == null || c.cavity() == null || c.cavity() < 1 || c.cavity() > cavityCount) {
                errors.add(new FieldError(field + ".cavity", "cavities are numbered 1 to " + cavityCount));
            } else if (!seen.add(c.cavity())) {
                errors.add(new FieldError(field + ".cavity", "cavity " + c.cavity() + " appears twice"));
            }
            if (c == null || c.goodQuantity() == null || c.goodQuantity() < 0 || c.scrapQuantity() == null || c.scrapQuantity() < 0) {
                errors.add(new FieldError(field, "give goodQuantity and scrapQuantity (0 or more)"));
            } else {
                good += c.goodQuantity();
                scrap += c.scrapQuantity();
            }
        }
        if (errors.isEmpty() && (good != totals.goodQuantity() || scrap != totals.scrapQuantity())) {
            errors.add(new FieldError("cavities", "the cavities add up to " + good + " good and " + scrap
                    + " scrap, not the totals " + totals.goodQuantity() + " and " + totals.scrapQuantity()));
        }
    }

    private static void validateSetup(SetupConditions setup, boolean complete, List<FieldError> errors) {
        if (setup == null) {
            if (complete) {
                errors.add(new FieldError("setup", "record the setup conditions before the run starts"));
            }
            return;
        }
        List<Function<SetupConditions, BigDecimal>> values = List.of(SetupConditions::dryingTemperature,
                SetupConditions::dryingTimeHours, SetupConditions::meltTemperature, SetupConditions::injectionPressure,
                SetupConditions::holdPressure, SetupConditions::cycleTime);
        List<String> names = List.of("dryingTemperature", "dryingTimeHours", "meltTemperature", "injectionPressure",
                "holdPressure", "cycleTime");
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i).apply(setup);
            String field = "setup." + names.get(i);
            if (value == null) {
                if (complete) {
                    errors.add(new FieldError(field, "record it before the run starts"));
                }
            } else if (value.signum() <= 0 || value.compareTo(BigDecimal.TEN.pow(9)) >= 0) {
                errors.add(new FieldError(field, "must be greater than 0 and below 10^9"));
            } else if (value.stripTrailingZeros().scale() > 6) {
                errors.add(new FieldError(field, "at most 6 decimal places"));
            }
        }
    }

    private static String describe(SetupConditions s) {
        return "drying " + s.dryingTemperature() + " °C / " + s.dryingTimeHours() + " h, melt " + s.meltTemperature()
                + " °C, injection " + s.injectionPressure() + " bar, hold " + s.holdPressure() + " bar, cycle "
                + s.cycleTime() + " s";
    }

    private static String roomCode(Room room) {
        return room == null ? null : room.getCode();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
