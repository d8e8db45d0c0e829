package io.lotline.dispatch;

import static io.lotline.traceability.FieldChecks.requireQuantity;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.release.LotReleaseService;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.Customer;
import io.lotline.traceability.CustomerRepository;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.SerialStatus;
import io.lotline.traceability.SerialUnit;
import io.lotline.traceability.SerialUnitRepository;
import io.lotline.traceability.TrackingMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Dispatch: finished goods leave the plant only when released (or conditionally released, to a permitted customer),
 * not on hold, within shelf life and in stock. Every lot a shipment touches is locked before it is checked, so a hold
 * and a shipment of one lot cannot both succeed; a refusal lists every offending line and writes nothing.
 */
@Service
public class ShipmentService {
    static final int MAX_LINES = 5000;

    private final ShipmentRepository shipments;
    private final CustomerRepository customers;
    private final SerialUnitRepository serials;
    private final LotStatusService lotStatus;
    private final LotReleaseService releases;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ShipmentService(ShipmentRepository shipments, CustomerRepository customers, SerialUnitRepository serials,
                           LotStatusService lotStatus, LotReleaseService releases, AuditTrail auditTrail, Clock clock) {
        this.shipments = shipments;
        this.customers = customers;
        this.serials = serials;
        this.lotStatus = lotStatus;
        this.releases = releases;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public ShipmentView ship(ShipmentRequest request) {
        List<String> lotOfLine = new ArrayList<>();
        Customer customer = validate(request, lotOfLine);
        List<ShipmentRequest.Line> lines = request.lines();

        // Every lot the shipment touches, locked in lot-number order so two shipments never wait on each other in a cycle.
        Map<String, List<Integer>> linesByLot = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            linesByLot.computeIfAbsent(lotOfLine.get(i), k -> new ArrayList<>()).add(i);
        }
        Map<String, MaterialLot> locked = new HashMap<>();
        linesByLot.keySet().forEach(lotNumber -> locked.put(lotNumber, lotStatus.lock(lotNumber).orElseThrow()));

        List<String> problems = new ArrayList<>();
        Map<Integer, SerialUnit> unitByLine = new HashMap<>();
        Set<String> serialsSeen = new HashSet<>();
        for (Map.Entry<String, List<Integer>> entry : linesByLot.entrySet()) {
            MaterialLot lot = locked.get(entry.getKey());
            BigDecimal wanted = BigDecimal.ZERO;
            for (int i : entry.getValue()) {
                ShipmentRequest.Line line = lines.get(i);
                String where = "Line " + (i + 1) + ": ";
                if (line.serial() == null) {
                    wanted = wanted.add(line.quantity());
                    if (lot.getMaterial().getTrackingMode() == TrackingMode.SERIAL) {
                        problems.add(where + "lot " + lot.getLotNumber() + " is serial-tracked; ship its serials one per line");
                    }
                } else {
                    wanted = wanted.add(BigDecimal.ONE);
                    SerialUnit unit = serials.findBySerial(line.serial().trim()).orElseThrow();
                    unitByLine.put(i, unit);
                    if (!serialsSeen.add(unit.getSerial())) {
                        problems.add(where + "serial " + unit.getSerial() + " is on more than one line");
                    } else if (unit.getStatus() == SerialStatus.SHIPPED) {
                        problems.add(where + "serial " + unit.getSerial() + " was already shipped");
                    }
                }
                if (!lot.isProduced()) {
                    problems.add(where + "lot " + lot.getLotNumber() + " is received material, not a finished lot");
                }
            }
            String lotProblem = lotProblem(lot, wanted, customer);
            if (lotProblem != null) {
                entry.getValue().forEach(i -> problems.add("Line " + (i + 1) + ": " + lotProblem));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new ConflictException("The shipment was refused; nothing was shipped. " + problems.size()
                    + " problem(s): " + String.join("; ", problems), problems);
        }
        return ShipmentView.of(write(request, customer, locked, unitByLine));
    }

    @Transactional(readOnly = true)
    public ShipmentView view(String shipmentNumber) {
        return ShipmentView.of(shipments.findByShipmentNumber(shipmentNumber)
                .orElseThrow(() -> new NotFoundException("No shipment " + shipmentNumber)));
    }

    @Transactional(readOnly = true)
    public String numberOf(long shipmentId) {
        return shipments.findById(shipmentId).map(Shipment::getShipmentNumber).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Page<ShipmentView> recent(Pageable page) {
        return shipments.findRecent(page).map(ShipmentView::of);
    }

    @Transactional(readOnly = true)
    public List<ShipmentView> ofLot(String lotNumber) {
        return shipments.findByLotNumber(lotNumber).stream().map(ShipmentView::of).toList();
    }

    private Shipment write(ShipmentRequest request, Customer customer, Map<String, MaterialLot> locked,
                           Map<Integer, SerialUnit> unitByLine) {
        String shipTo = StringUtils.hasText(request.shipTo()) ? request.shipTo().trim() : customer.getAddress();
        Shipment shipment = shipments.saveAndFlush(new Shipment("SH-%d-%06d".formatted(LocalDate.now(clock).getYear(),
                shipments.nextNumber()), customer, request.orderNumber().trim(), shipTo,
                clock.instant().truncatedTo(ChronoUnit.MICROS), CurrentUser.id()));
        List<ShipmentRequest.Line> lines = request.lines();
        for (int i = 0; i < lines.size(); i++) {
            ShipmentRequest.Line line = lines.get(i);
            SerialUnit unit = unitByLine.get(i);
            MaterialLot lot = unit == null ? locked.get(line.lotNumber().trim()) : unit.getLot();
            BigDecimal quantity = unit == null ? line.quantity() : BigDecimal.ONE;
            shipment.add(new ShipmentLine(shipment, i + 1, lot, unit, quantity));
            if (unit != null) {
                unit.ship(shipment.getId());
            }
            lotStatus.ship(lot, quantity, unit == null ? null : unit.getSerial(), shipment.getShipmentNumber());
        }
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "SHIPMENT", shipment.getShipmentNumber())
                .set("customer", customer.getCode())
                .set("orderNumber", shipment.getOrderNumber())
                .set("shipTo", shipTo)
                .set("lines", lines.size())
                .set("lots", locked.keySet()));
        return shipment;
    }

    /** Why the lot cannot ship {@code wanted} to this customer, or null. */
    private String lotProblem(MaterialLot lot, BigDecimal wanted, Customer customer) {
        String problem = lotStatus.whyNotAvailable(lot, wanted, "shipped");
        if (problem != null) {
            return problem;
        }
        List<String> permitted = releases.customerRestriction(lot.getLotNumber());
        if (!permitted.isEmpty() && !permitted.contains(customer.getCode())) {
            return "lot " + lot.getLotNumber() + " is conditionally released for " + String.join(", ", permitted)
                    + " only, not for " + customer.getCode();
        }
        return null;
    }

    /** Refuses bad input naming every field; on success {@code lotOfLine} holds the lot each line draws from. */
    private Customer validate(ShipmentRequest request, List<String> lotOfLine) {
        List<FieldError> errors = new ArrayList<>();
        Customer customer = null;
        if (!StringUtils.hasText(request.customerCode())) {
            errors.add(new FieldError("customerCode", "name the customer (customer code)"));
        } else {
            customer = customers.findByCode(request.customerCode().trim()).orElse(null);
            if (customer == null) {
                errors.add(new FieldError("customerCode", "there is no customer " + request.customerCode().trim()));
            }
        }
        requireText(request.orderNumber(), "orderNumber", 60, errors);
        if (request.shipTo() != null && request.shipTo().length() > 500) {
            errors.add(new FieldError("shipTo", "at most 500 characters"));
        }
        List<ShipmentRequest.Line> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty()) {
            errors.add(new FieldError("lines", "a shipment needs at least one line"));
        } else if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "at most " + MAX_LINES + " lines per shipment"));
        }
        for (int i = 0; i < lines.size() && lines.size() <= MAX_LINES; i++) {
            lotOfLine.add(validateLine(lines.get(i), "lines[" + i + "]", errors));
        }
        throwIfAny(errors);
        return customer;
    }

    /** The lot the line draws from, or null after adding what is wrong with the line. */
    private String validateLine(ShipmentRequest.Line line, String field, List<FieldError> errors) {
        if (line == null) {
            errors.add(new FieldError(field, "give a lotNumber and quantity, or a serial"));
            return null;
        }
        boolean bySerial = line.serial() != null;
        boolean byLot = StringUtils.hasText(line.lotNumber());
        if (bySerial && line.serial().isBlank()) {
            errors.add(new FieldError(field + ".serial", "is empty"));
        } else if (bySerial == byLot) {
            errors.add(new FieldError(field, "give either a lotNumber and quantity, or a serial"));
        } else if (bySerial && line.quantity() != null) {
            errors.add(new FieldError(field + ".quantity", "a serial line ships one unit; leave the quantity out"));
        } else if (byLot && !requireQuantity(line.quantity(), field + ".quantity", errors)) {
            return null;
        } else if (byLot && !lotStatus.exists(line.lotNumber().trim())) {
            errors.add(new FieldError(field + ".lotNumber", "there is no lot " + line.lotNumber().trim()));
        } else if (byLot) {
            return line.lotNumber().trim();
        } else {
            String lotNumber = serials.findLotNumberOfSerial(line.serial().trim()).orElse(null);
            if (lotNumber == null) {
                errors.add(new FieldError(field + ".serial", "there is no serial " + line.serial().trim()));
            }
            return lotNumber;
        }
        return null;
    }
}
