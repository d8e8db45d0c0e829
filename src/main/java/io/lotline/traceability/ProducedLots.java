package io.lotline.traceability;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished lots and their serials: what a completed batch put into the plant's stock, linked to the batch in the
 * genealogy. Serials and their links are written with JDBC batches, so a run of thousands of units is one round trip
 * per few hundred rows rather than one per unit.
 */
@Service
public class ProducedLots {
    private static final String INSERT_SERIAL = "INSERT INTO serial_unit (gtin, serial, lot_id, batch_number, cavity,"
            + " status, created_at, version) VALUES (?, ?, ?, ?, ?, 'IN_STOCK', ?, 0)";
    private static final String INSERT_LINK = "INSERT INTO genealogy_link (parent_type, parent_id, child_type, child_id,"
            + " quantity, unit, linked_at, linked_by) VALUES ('FINISHED_LOT', ?, 'SERIAL', ?, 1, ?, ?, ?)";

    private final MaterialLotRepository lots;
    private final GenealogyLinkRepository genealogy;
    private final LotNumbers lotNumbers;
    private final SerialNumbers serialNumbers;
    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ProducedLots(MaterialLotRepository lots, GenealogyLinkRepository genealogy, LotNumbers lotNumbers,
                        SerialNumbers serialNumbers, JdbcTemplate jdbc, AuditTrail auditTrail, Clock clock) {
        this.lots = lots;
        this.genealogy = genealogy;
        this.lotNumbers = lotNumbers;
        this.serialNumbers = serialNumbers;
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** A new finished lot in IN_RELEASE_REVIEW holding a batch's good parts; its shelf life runs from the production day. */
    @Transactional(propagation = Propagation.MANDATORY)
    public MaterialLot create(Material product, BigDecimal quantity, String batchNumber) {
        LocalDate producedOn = LocalDate.now(clock);
        LocalDate expiresOn = product.getShelfLifeDays() == null ? null : producedOn.plusDays(product.getShelfLifeDays());
        MaterialLot lot = lots.save(MaterialLot.produced(lotNumbers.nextFinished(), product, quantity, now(), CurrentUser.id(),
                producedOn, expiresOn));
        link(lot, quantity, batchNumber);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "MATERIAL_LOT", lot.getLotNumber()).lot(lot.getLotNumber())
                .set("origin", LotOrigin.PRODUCED)
                .set("partNumber", product.getPartNumber())
                .set("status", lot.getStatus())
                .set("quantity", Quantities.withUnit(quantity, lot.getUnit()))
                .set("expiresOn", expiresOn)
                .reason("Good parts of batch " + batchNumber));
        return lot;
    }

    /**
     * Locks a finished lot that another batch of the same product is to join. Only a lot still in release review, whose
     * final inspection has not been recorded yet, can take more parts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MaterialLot lockForOutput(String lotNumber, Material product) {
        MaterialLot lot = lots.findForUpdate(lotNumber)
                .orElseThrow(() -> new InvalidInputException("finishedLotNumber", "there is no lot " + lotNumber));
        if (!lot.isProduced() || !lot.getMaterial().getId().equals(product.getId())) {
            throw new InvalidInputException("finishedLotNumber", lotNumber + " is not a finished lot of "
                    + product.getPartNumber());
        }
        if (lot.getStatus() != LotStatus.IN_RELEASE_REVIEW) {
            throw new ConflictException("Finished lot " + lotNumber + " is " + lot.getStatus()
                    + "; only a lot in release review can take the parts of another batch");
        }
        return lot;
    }

    /** Adds another batch's good parts to a finished lot locked by {@link #lockForOutput}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addOutput(MaterialLot lockedLot, BigDecimal quantity, String batchNumber) {
        BigDecimal before = lockedLot.getQuantity();
        lockedLot.addProduced(quantity);
        link(lockedLot, quantity, batchNumber);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "MATERIAL_LOT", lockedLot.getLotNumber())
                .lot(lockedLot.getLotNumber())
                .change("quantity", Quantities.plain(before), Quantities.plain(lockedLot.getQuantity()))
                .reason("Good parts of batch " + batchNumber + " joined the release group"));
    }

    /**
     * One serial per unit, in the order of {@code cavityOfEachUnit} (an entry may be null when cavities were not
     * counted), each linked to the finished lot. Returns the serials made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> addSerials(MaterialLot lot, String batchNumber, List<Integer> cavityOfEachUnit) {
        String gtin = lot.getMaterial().getGtin();
        List<String> serials = serialNumbers.next(cavityOfEachUnit.size(), lot.getManufacturedOn());
        Timestamp at = Timestamp.from(now());
        String user = CurrentUser.id();
        List<Object[]> units = new ArrayList<>(serials.size());
        List<Object[]> links = new ArrayList<>(serials.size());
        for (int i = 0; i < serials.size(); i++) {
            units.add(new Object[] {gtin, serials.get(i), lot.getId(), batchNumber, cavityOfEachUnit.get(i), at});
            links.add(new Object[] {lot.getLotNumber(), serials.get(i), lot.getUnit(), at, user});
        }
        jdbc.batchUpdate(INSERT_SERIAL, units);
        jdbc.batchUpdate(INSERT_LINK, links);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "SERIAL", serials.get(0) + ".." + serials.get(serials.size() - 1))
                .lot(lot.getLotNumber())
                .set("count", serials.size())
                .set("gtin", gtin)
                .set("batch", batchNumber)
                .reason("Serials of the good parts of batch " + batchNumber));
        return serials;
    }

    private void link(MaterialLot lot, BigDecimal quantity, String batchNumber) {
        genealogy.save(new GenealogyLink(ItemType.BATCH, batchNumber, ItemType.FINISHED_LOT, lot.getLotNumber(), quantity,
                lot.getUnit(), now(), CurrentUser.id()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
