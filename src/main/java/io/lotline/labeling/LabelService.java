package io.lotline.labeling;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.SerialStatus;
import io.lotline.traceability.SerialUnit;
import io.lotline.traceability.SerialUnitRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labels of finished goods and material lots. Only a RELEASED or CONDITIONALLY_RELEASED lot of a material with a
 * GTIN gets a label; a serial label also needs the unit to be still in the plant.
 */
@Service
public class LabelService {
    static final int SCREEN_MODULE = 6;
    static final int PRINT_MODULE = 4;

    private final LotStatusService lotStatus;
    private final SerialUnitRepository serials;
    private final LabelPdf pdf;
    private final AuditTrail auditTrail;
    private final String digitalLinkBase;

    public LabelService(LotStatusService lotStatus, SerialUnitRepository serials, LabelPdf pdf, AuditTrail auditTrail,
                        @Value("${lotline.labels.digital-link-base}") String digitalLinkBase) {
        this.lotStatus = lotStatus;
        this.serials = serials;
        this.pdf = pdf;
        this.auditTrail = auditTrail;
        this.digitalLinkBase = digitalLinkBase;
    }

    @Transactional(readOnly = true)
    public LabelView lotLabel(String lotNumber) {
        return view(printable(lotStatus.require(lotNumber)), null);
    }

    /** What the lot's label carries, whatever its status (for the record); empty when the material has no GTIN. */
    @Transactional(readOnly = true)
    public Optional<LabelView> labelContent(String lotNumber) {
        MaterialLot lot = lotStatus.require(lotNumber);
        return lot.getMaterial().getGtin() == null ? Optional.empty() : Optional.of(view(lot, null));
    }

    @Transactional(readOnly = true)
    public LabelView serialLabel(String serial) {
        SerialUnit unit = serials.findBySerial(serial).orElseThrow(() -> new NotFoundException("No serial " + serial));
        if (unit.getStatus() == SerialStatus.SHIPPED) {
            throw new ConflictException("Serial " + serial + " was shipped; labels are printed only for units in the plant");
        }
        return view(printable(unit.getLot()), unit.getSerial());
    }

    /** The symbol as PNG, at screen resolution. */
    public byte[] png(LabelView label, LabelFormat format) {
        return LabelSymbols.png(LabelSymbols.draw(format, data(label), digitalLinkBase, SCREEN_MODULE));
    }

    /** How many serial labels a lot's run would print (units still in the plant), checking the lot may be labelled. */
    @Transactional(readOnly = true)
    public int serialLabelCount(String lotNumber) {
        MaterialLot lot = printable(lotStatus.require(lotNumber));
        return (int) requireSerialsInPlant(lot, serials.countByLotAndStatus(lot, SerialStatus.IN_STOCK));
    }

    /**
     * One PDF page per serial still in the plant, each with its GS1 DataMatrix and text; {@code progress} hears how
     * many labels are drawn so far. The print run is audited.
     */
    @Transactional
    public byte[] serialLabelsPdf(String lotNumber, IntConsumer progress) {
        MaterialLot lot = printable(lotStatus.require(lotNumber));
        List<SerialUnit> units = serials.findByLotAndStatusOrderById(lot, SerialStatus.IN_STOCK);
        requireSerialsInPlant(lot, units.size());
        List<LabelPdf.Page> pages = new ArrayList<>(units.size());
        for (SerialUnit unit : units) {
            LabelView label = view(lot, unit.getSerial());
            String symbol = Base64.getEncoder().encodeToString(LabelSymbols.png(LabelSymbols.draw(LabelFormat.DATAMATRIX,
                    data(label), digitalLinkBase, PRINT_MODULE)));
            pages.add(new LabelPdf.Page(label, "data:image/png;base64," + symbol));
            progress.accept(pages.size());
        }
        byte[] document = pdf.render(pages);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "LABEL_RUN", lotNumber).lot(lotNumber)
                .set("format", LabelFormat.DATAMATRIX.parameter())
                .set("labels", units.size())
                .set("serials", units.get(0).getSerial() + ".." + units.get(units.size() - 1).getSerial()));
        return document;
    }

    private static long requireSerialsInPlant(MaterialLot lot, long count) {
        if (count == 0) {
            throw new ConflictException("Lot " + lot.getLotNumber() + " has no serials in the plant to label");
        }
        return count;
    }

    /**
     * A label says the goods may be used: the same rule as issuing and shipping (usable status, within its expiry date
     * and concession, checked on the date, not only once the hourly expiry job has run).
     */
    private MaterialLot printable(MaterialLot lot) {
        String problem = lotStatus.whyNotAvailable(lot, BigDecimal.ZERO, "labelled");
        if (problem != null) {
            throw new ConflictException(problem);
        }
        if (lot.getMaterial().getGtin() == null) {
            throw new ConflictException("Material " + lot.getMaterial().getPartNumber()
                    + " has no GTIN; set it on the material master before printing GS1 labels");
        }
        return lot;
    }

    private LabelView view(MaterialLot lot, String serial) {
        Gs1Data data = new Gs1Data(lot.getMaterial().getGtin(), null, lot.getLotNumber(), serial, lot.getManufacturedOn(),
                lot.getExpiresOn());
        return new LabelView(lot.getMaterial().getPartNumber(), lot.getMaterial().getDescription(), data.gtin(),
                lot.getLotNumber(), serial, data.productionDate(), data.expiry(),
                Gs1ElementStrings.humanReadable(Gs1ElementStrings.elements(data)), Gs1DigitalLink.of(digitalLinkBase, data));
    }

    private static Gs1Data data(LabelView label) {
        return new Gs1Data(label.gtin(), null, label.lotNumber(), label.serial(), label.productionDate(), label.expiry());
    }
}
