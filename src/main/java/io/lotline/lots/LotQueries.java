package io.lotline.lots;

import io.lotline.approval.ConcessionService;
import io.lotline.approval.ConcessionView;
import io.lotline.audit.AuditEntryView;
import io.lotline.audit.AuditTrail;
import io.lotline.capa.CapaService;
import io.lotline.capa.CapaSummary;
import io.lotline.dispatch.ShipmentService;
import io.lotline.inspection.InspectionService;
import io.lotline.production.BatchRecords;
import io.lotline.production.batch.BatchService;
import io.lotline.quarantine.NonconformanceView;
import io.lotline.quarantine.QuarantineService;
import io.lotline.release.LotReleaseService;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.MaterialLotRepository;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.SerialUnit;
import io.lotline.traceability.SerialUnitRepository;
import io.lotline.workflow.Workflow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of a lot: the record and everything attached to it. */
@Service
public class LotQueries {
    private final MaterialLotRepository lots;
    private final LotStatusService lotStatus;
    private final InspectionService inspections;
    private final ConcessionService concessions;
    private final AuditTrail auditTrail;
    private final Workflow workflow;
    private final QuarantineService quarantine;
    private final BatchService batches;
    private final BatchRecords batchRecords;
    private final CapaService capas;
    private final SerialUnitRepository serials;
    private final LotReleaseService releases;
    private final ShipmentService shipments;
    private final Clock clock;

    public LotQueries(MaterialLotRepository lots, LotStatusService lotStatus, InspectionService inspections,
                      ConcessionService concessions, AuditTrail auditTrail, Workflow workflow,
                      QuarantineService quarantine, BatchService batches, BatchRecords batchRecords, CapaService capas,
                      SerialUnitRepository serials, LotReleaseService releases, ShipmentService shipments, Clock clock) {
        this.serials = serials;
        this.releases = releases;
        this.shipments = shipments;
        this.lots = lots;
        this.lotStatus = lotStatus;
        this.inspections = inspections;
        this.concessions = concessions;
        this.auditTrail = auditTrail;
        this.workflow = workflow;
        this.quarantine = quarantine;
        this.batches = batches;
        this.batchRecords = batchRecords;
        this.capas = capas;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LotDetails details(String lotNumber) {
        MaterialLot lot = lotStatus.require(lotNumber);
        List<NonconformanceView> nonconformances = quarantine.forLot(lotNumber);
        String openTask = workflow.openTaskName(lot.getProcessInstanceId());
        return new LotDetails(lot.getLotNumber(), lot.getOrigin(), lot.getStatus(), lot.supplierCode(),
                lot.getSupplier() == null ? null : lot.getSupplier().getName(),
                lot.getSupplierLotNumber(), lot.getMaterial().getPartNumber(), lot.getMaterial().getDescription(),
                lot.getPurchaseOrder(), lot.getReceivedQuantity(), lot.getQuantity(), lot.getUnit(), lot.getReceivedAt(),
                lot.getReceivedBy(), lot.getManufacturedOn(), lot.getExpiresOn(), lot.getCertificateOfConformance(),
                lot.getProcessInstanceId(), openTask, lot.getConcessionUntil(), concessionDaysLeft(lot), lot.getVersion(),
                inspections.forLot(lotNumber),
                concessions.forLot(lotNumber).stream().map(ConcessionView::of).toList(),
                nonconformances, batches.consumptionsOf(lotNumber), capasOf(lotNumber, nonconformances),
                batches.batchNumbersProducedInto(lotNumber),
                lot.isProduced() ? batchRecords.excursionsOfLot(lotNumber) : List.of(), serials.countByLot(lot),
                releases.releaseOf(lotNumber).orElse(null), shipments.ofLot(lotNumber));
    }

    /** CAPAs linked to the lot itself or to one of its nonconformances. */
    private List<CapaSummary> capasOf(String lotNumber, List<NonconformanceView> nonconformances) {
        Map<String, CapaSummary> linked = new LinkedHashMap<>();
        capas.linkedTo("MATERIAL_LOT", List.of(lotNumber)).forEach(c -> linked.put(c.capaNumber(), c));
        capas.linkedTo("NONCONFORMANCE", nonconformances.stream().map(NonconformanceView::number).toList())
                .forEach(c -> linked.put(c.capaNumber(), c));
        return List.copyOf(linked.values());
    }

    private Long concessionDaysLeft(MaterialLot lot) {
        if (lot.getStatus() != LotStatus.CONDITIONALLY_RELEASED || lot.getConcessionUntil() == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(LocalDate.now(clock), lot.getConcessionUntil());
    }

    @Transactional(readOnly = true)
    public SerialView serial(String serial) {
        SerialUnit unit = serials.findBySerial(serial).orElseThrow(() -> new NotFoundException("No serial " + serial));
        return SerialView.of(unit, unit.getShipmentId() == null ? null : shipments.numberOf(unit.getShipmentId()));
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> auditTrail(String lotNumber) {
        lotStatus.require(lotNumber);
        return auditTrail.forLot(lotNumber);
    }

    /** Usable lots whose shelf life ends within the window (today included), soonest first. */
    @Transactional(readOnly = true)
    public List<ExpiringLot> expiringWithin(int days) {
        LocalDate today = LocalDate.now(clock);
        return lots.findUsableExpiringBetween(today, today.plusDays(days)).stream()
                .map(lot -> new ExpiringLot(LotSummary.of(lot), ChronoUnit.DAYS.between(today, lot.getExpiresOn()))).toList();
    }

    @Transactional(readOnly = true)
    public Page<LotSummary> recent(Pageable page) {
        return lots.findAllByOrderByReceivedAtDescIdDesc(page).map(LotSummary::of);
    }
}
