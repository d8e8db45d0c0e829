package io.lotline.traceability;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every lot status change passes here: checked against {@link LotStatus}'s table and audited with its reason. A
 * quarantined lot becomes usable again only through its own quarantine process, and a lot past its expiry date never
 * does.
 */
@Service
public class LotStatusService {
    private final MaterialLotRepository lots;
    private final GenealogyLinkRepository genealogy;
    private final LotNumbers lotNumbers;
    private final SerialUnitRepository serials;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public LotStatusService(MaterialLotRepository lots, GenealogyLinkRepository genealogy, LotNumbers lotNumbers,
                            SerialUnitRepository serials, AuditTrail auditTrail, Clock clock) {
        this.lots = lots;
        this.genealogy = genealogy;
        this.lotNumbers = lotNumbers;
        this.serials = serials;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public MaterialLot change(String lotNumber, LotStatus target, String reason, String processInstanceId) {
        MaterialLot lot = require(lotNumber);
        LotStatus from = lot.getStatus();
        if (from == LotStatus.QUARANTINED && (target.isUsable() || target == LotStatus.IN_RELEASE_REVIEW)
                && (processInstanceId == null || !processInstanceId.equals(lot.getProcessInstanceId()))) {
            throw new ConflictException("Lot " + lotNumber + " is QUARANTINED: only its quarantine process can make it "
                    + target + " (disposition or release from hold)");
        }
        if (target.isUsable() && lot.getExpiresOn() != null && lot.getExpiresOn().isBefore(LocalDate.now(clock))) {
            // whoever calls (a USE_AS_IS disposition, a passed re-inspection, a concession): expired stock stays unusable
            throw new ConflictException("Lot " + lotNumber + " expired on " + lot.getExpiresOn() + " and cannot become "
                    + target + ": an expired lot can only be quarantined, scrapped or returned to the supplier");
        }
        lot.changeStatus(target);
        auditTrail.record(AuditEvent.of(AuditAction.STATUS_CHANGE, "MATERIAL_LOT", lotNumber)
                .lot(lotNumber)
                .change("status", from, target)
                .reason(reason)
                .process(processInstanceId));
        return lot;
    }

    /** Releases a lot conditionally until the concession's end date. */
    @Transactional
    public MaterialLot grantConcession(String lotNumber, LocalDate until, String reason, String processInstanceId) {
        MaterialLot lot = change(lotNumber, LotStatus.CONDITIONALLY_RELEASED, reason, processInstanceId);
        LocalDate before = lot.getConcessionUntil();
        lot.grantConcessionUntil(until);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "MATERIAL_LOT", lotNumber).lot(lotNumber)
                .process(processInstanceId).change("concessionUntil", before, until).reason(reason));
        return lot;
    }

    /**
     * A QUARANTINED lot's shelf life extended to {@code until} after a passed re-test, by its own quarantine process
     * only: the new expiry date is audited, then the lot is RELEASED again.
     */
    @Transactional
    public MaterialLot extendShelfLife(String lotNumber, LocalDate until, String reason, String processInstanceId) {
        MaterialLot lot = requireLocked(lotNumber);
        if (lot.getStatus() != LotStatus.QUARANTINED || processInstanceId == null
                || !processInstanceId.equals(lot.getProcessInstanceId())) {
            throw new ConflictException("Lot " + lotNumber + " is " + lot.getStatus() + ": only its own quarantine"
                    + " process can extend its shelf life");
        }
        if (!until.isAfter(LocalDate.now(clock))) {
            throw new ConflictException("Lot " + lotNumber + "'s shelf life can only be extended to a date after today");
        }
        LocalDate before = lot.getExpiresOn();
        lot.extendExpiry(until);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "MATERIAL_LOT", lotNumber).lot(lotNumber)
                .process(processInstanceId).change("expiresOn", before, until).reason(reason));
        return change(lotNumber, LotStatus.RELEASED, reason, processInstanceId);
    }

    /**
     * Splits a lot into a conforming child and a nonconforming child that stays QUARANTINED; the quantities add up
     * to the parent's exactly, the parent is left empty (CONSUMED) and both children are linked to it. The units of a
     * serialised lot go with their part: {@code nonconformingSerials} to the nonconforming child, the others to the
     * conforming one (see {@link #checkSplitSerials}).
     */
    @Transactional
    public LotSplit split(String lotNumber, BigDecimal nonconformingQuantity, List<String> nonconformingSerials,
                          LotStatus conformingStatus, String reason, String processInstanceId) {
        MaterialLot parent = require(lotNumber);
        if (nonconformingQuantity.signum() <= 0 || nonconformingQuantity.compareTo(parent.getQuantity()) >= 0) {
            throw new InvalidInputException("quantityAffected", "a split needs a quantity between 0 and "
                    + parent.getQuantity().stripTrailingZeros().toPlainString() + " " + parent.getUnit());
        }
        FieldChecks.throwIfAny(checkSplitSerials(parent, nonconformingQuantity, nonconformingSerials, "serials"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String user = CurrentUser.id();
        BigDecimal before = parent.getQuantity();
        BigDecimal conformingQuantity = before.subtract(nonconformingQuantity);
        List<SerialUnit> units = serials.findByLotOrderById(parent);
        MaterialLot conforming = lots.save(parent.splitOff(nextNumberFor(parent), conformingQuantity, conformingStatus, now, user));
        MaterialLot quarantined = lots.save(parent.splitOff(nextNumberFor(parent), nonconformingQuantity, LotStatus.QUARANTINED,
                now, user));
        for (MaterialLot child : new MaterialLot[] {conforming, quarantined}) {
            genealogy.save(new GenealogyLink(ItemType.MATERIAL_LOT, lotNumber, ItemType.MATERIAL_LOT, child.getLotNumber(),
                    child.getQuantity(), child.getUnit(), now, user));
            auditTrail.record(AuditEvent.of(AuditAction.CREATE, "MATERIAL_LOT", child.getLotNumber())
                    .lot(child.getLotNumber()).process(processInstanceId)
                    .set("splitFrom", lotNumber)
                    .set("status", child.getStatus())
                    .set("quantity", Quantities.withUnit(child.getQuantity(), child.getUnit()))
                    .reason(reason));
        }
        Set<String> toQuarantined = Set.copyOf(nonconformingSerials == null ? List.of() : nonconformingSerials);
        for (SerialUnit unit : units) {
            MaterialLot child = toQuarantined.contains(unit.getSerial()) ? quarantined : conforming;
            unit.moveTo(child);
            genealogy.save(new GenealogyLink(ItemType.FINISHED_LOT, child.getLotNumber(), ItemType.SERIAL, unit.getSerial(),
                    BigDecimal.ONE, child.getUnit(), now, user));
        }
        if (!units.isEmpty()) {
            auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "SERIAL", lotNumber).lot(lotNumber).process(processInstanceId)
                    .set(conforming.getLotNumber(), units.size() - toQuarantined.size())
                    .set(quarantined.getLotNumber(), String.join(", ", nonconformingSerials))
                    .reason("The units of lot " + lotNumber + " went with their part of the split"));
        }
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "MATERIAL_LOT", lotNumber).lot(lotNumber).process(processInstanceId)
                .change("quantity", Quantities.plain(before), Quantities.plain(parent.getQuantity()))
                .reason("Split into " + conforming.getLotNumber() + " (conforming) and " + quarantined.getLotNumber()
                        + " (nonconforming)"));
        change(lotNumber, LotStatus.CONSUMED, "Whole quantity split into child lots", processInstanceId);
        return new LotSplit(conforming, quarantined);
    }

    /**
     * What is wrong with {@code serials} as the units of the nonconforming part of a split: a serialised lot must name
     * exactly its {@code quantity} units, each its own and still in stock; a lot without serials must name none.
     */
    @Transactional(readOnly = true)
    public List<FieldError> checkSplitSerials(MaterialLot lot, BigDecimal quantity, List<String> serials, String field) {
        List<String> named = serials == null ? List.of() : serials;
        if (named.stream().anyMatch(serial -> serial == null || serial.isBlank())) {
            return List.of(new FieldError(field, "a serial is empty"));
        }
        long units = this.serials.countByLot(lot);
        if (units == 0) {
            return named.isEmpty() ? List.of()
                    : List.of(new FieldError(field, "lot " + lot.getLotNumber() + " has no serials; name none"));
        }
        if (quantity.stripTrailingZeros().scale() > 0 || quantity.compareTo(BigDecimal.valueOf(named.size())) != 0) {
            return List.of(new FieldError(field, "lot " + lot.getLotNumber() + " is serialised: name the serial of each of"
                    + " the " + quantity.stripTrailingZeros().toPlainString() + " nonconforming units (" + named.size()
                    + " named)"));
        }
        if (Set.copyOf(named).size() < named.size()) {
            return List.of(new FieldError(field, "a serial is named twice"));
        }
        List<String> foreign = named.stream().filter(serial -> this.serials.findBySerial(serial)
                .filter(unit -> unit.getLot().getId().equals(lot.getId()) && unit.getStatus() == SerialStatus.IN_STOCK)
                .isEmpty()).toList();
        return foreign.isEmpty() ? List.of() : List.of(new FieldError(field, "not units of lot " + lot.getLotNumber()
                + " in stock: " + String.join(", ", foreign)));
    }

    /** The parts of a finished lot are finished lots (FL-…), those of a received lot material lots (ML-…). */
    private String nextNumberFor(MaterialLot parent) {
        return parent.isProduced() ? lotNumbers.nextFinished() : lotNumbers.next();
    }

    /** The lot a split child was split off, through every split; the lot itself when it was never split off. */
    @Transactional(readOnly = true)
    public String originalLotOf(String lotNumber) {
        String lot = lotNumber;
        for (Optional<String> parent = genealogy.findSplitParent(lot); parent.isPresent();
             parent = genealogy.findSplitParent(lot)) {
            lot = parent.get();
        }
        return lot;
    }

    /**
     * Locks the lot's row and checks that the quantity can be issued from it today: usable status, within shelf life
     * and concession, enough left. The lock holds until the caller's transaction ends, so two issues (or an issue and
     * a hold) of one lot cannot both pass these checks on the same stock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MaterialLot lockForIssue(String lotNumber, BigDecimal quantity) {
        MaterialLot lot = requireLocked(lotNumber);
        String problem = whyNotAvailable(lot, quantity, "issued");
        if (problem != null) {
            throw new ConflictException(problem);
        }
        return lot;
    }

    /** Locks a lot's row (SELECT ... FOR UPDATE) for the caller's transaction; empty when there is no such lot. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<MaterialLot> lock(String lotNumber) {
        return lots.findForUpdate(lotNumber);
    }

    /**
     * Locks an existing lot's row for the caller's transaction, so what the caller checks of it (status, quantity)
     * stays true until commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MaterialLot requireLocked(String lotNumber) {
        return lock(lotNumber).orElseThrow(() -> new NotFoundException("No lot " + lotNumber));
    }

    /**
     * Why {@code quantity} cannot leave the lot today ({@code verb}: "issued", "shipped"), or null when it can: the
     * lot must be RELEASED or CONDITIONALLY_RELEASED, within its shelf life and concession, with enough left.
     */
    public String whyNotAvailable(MaterialLot lot, BigDecimal quantity, String verb) {
        LocalDate today = LocalDate.now(clock);
        String lotNumber = lot.getLotNumber();
        if (!lot.getStatus().isUsable()) {
            return "Lot " + lotNumber + " is " + lot.getStatus() + "; only RELEASED or CONDITIONALLY_RELEASED lots can be "
                    + verb;
        }
        if (lot.getExpiresOn() != null && lot.getExpiresOn().isBefore(today)) {
            return "Lot " + lotNumber + " expired on " + lot.getExpiresOn() + " and cannot be " + verb;
        }
        if (lot.getStatus() == LotStatus.CONDITIONALLY_RELEASED && lot.getConcessionUntil() != null
                && lot.getConcessionUntil().isBefore(today)) {
            return "The concession of lot " + lotNumber + " ended on " + lot.getConcessionUntil() + "; it cannot be " + verb;
        }
        if (quantity.compareTo(lot.getQuantity()) > 0) {
            return "Lot " + lotNumber + " has only " + lot.getQuantity().stripTrailingZeros().toPlainString() + " "
                    + lot.getUnit() + " left; " + quantity.stripTrailingZeros().toPlainString() + " was asked for";
        }
        return null;
    }

    /**
     * Takes quantity out of a lot locked by {@link #lockForIssue} into a batch: genealogy link, audit entry, and
     * CONSUMED once nothing is left.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issue(MaterialLot lockedLot, BigDecimal quantity, ItemType toType, String toId, String reason) {
        withdraw(lockedLot, quantity, ItemType.MATERIAL_LOT, lockedLot.getLotNumber(), toType, toId, reason,
                LotStatus.CONSUMED, "Whole quantity issued; last to " + toType + " " + toId);
    }

    /**
     * Ships quantity of a locked finished lot (or one of its serials, when {@code serial} is given): genealogy link to
     * the shipment, audit entry, and SHIPPED once nothing is left in the plant.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ship(MaterialLot lockedLot, BigDecimal quantity, String serial, String shipmentNumber) {
        withdraw(lockedLot, quantity, serial == null ? ItemType.FINISHED_LOT : ItemType.SERIAL,
                serial == null ? lockedLot.getLotNumber() : serial, ItemType.SHIPMENT, shipmentNumber,
                "Shipped" + (serial == null ? "" : " serial " + serial) + " in " + shipmentNumber,
                LotStatus.SHIPPED, "Whole quantity shipped; last in " + shipmentNumber);
    }

    private void withdraw(MaterialLot lockedLot, BigDecimal quantity, ItemType fromType, String fromId, ItemType toType,
                          String toId, String reason, LotStatus whenEmpty, String emptyReason) {
        BigDecimal before = lockedLot.getQuantity();
        lockedLot.take(quantity);
        String lotNumber = lockedLot.getLotNumber();
        genealogy.save(new GenealogyLink(fromType, fromId, toType, toId, quantity, lockedLot.getUnit(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), CurrentUser.id()));
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "MATERIAL_LOT", lotNumber).lot(lotNumber)
                .change("quantity", Quantities.plain(before), Quantities.plain(lockedLot.getQuantity()))
                .set("to", toType + " " + toId)
                .reason(reason));
        if (lockedLot.getQuantity().signum() == 0) {
            change(lotNumber, whenEmpty, emptyReason, null);
        }
    }

    /** Whether the lot exists, without loading it (a caller may want to lock it first). */
    @Transactional(readOnly = true)
    public boolean exists(String lotNumber) {
        return lots.existsByLotNumber(lotNumber);
    }

    @Transactional(readOnly = true)
    public MaterialLot require(String lotNumber) {
        return lots.findByLotNumber(lotNumber).orElseThrow(() -> new NotFoundException("No lot " + lotNumber));
    }
}
