package io.lotline.labeling;

import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.MaterialLotRepository;
import io.lotline.traceability.SerialUnit;
import io.lotline.traceability.SerialUnitRepository;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scans: text from a scanner or keyboard, or a picture of a label, to the GS1 data and the Lotline item it names. */
@Service
public class ScanService {
    static final int MAX_IMAGE_BYTES = 10 * 1024 * 1024;

    private final MaterialLotRepository lots;
    private final SerialUnitRepository serials;
    private final Clock clock;

    public ScanService(MaterialLotRepository lots, SerialUnitRepository serials, Clock clock) {
        this.lots = lots;
        this.serials = serials;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScanResult scanText(String text) {
        return result(Gs1Parser.parse(text, LocalDate.now(clock)));
    }

    /** Decodes every symbol in the picture; several (a two-part GS1-128 label) are merged into one identification. */
    @Transactional(readOnly = true)
    public ScanResult scanImage(byte[] image) {
        if (image == null || image.length == 0) {
            throw new InvalidInputException("image", "upload a PNG or JPEG picture of the label");
        }
        if (image.length > MAX_IMAGE_BYTES) {
            throw new InvalidInputException("image", "the picture is larger than 10 MB");
        }
        BufferedImage picture;
        try {
            picture = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            picture = null;
        }
        if (picture == null) {
            throw new InvalidInputException("image", "the upload is not a PNG or JPEG image");
        }
        List<String> texts = SymbolReader.read(picture);
        if (texts.isEmpty()) {
            throw new InvalidInputException("image", "no DataMatrix, GS1-128 or QR code was found in the picture;"
                    + " photograph the label straight on, in focus and well lit");
        }
        return result(Gs1Parser.parseAll(texts, LocalDate.now(clock)));
    }

    private ScanResult result(Gs1Data data) {
        return new ScanResult(data.gtin(), data.sscc(), data.lot(), data.serial(), data.expiry(), data.productionDate(),
                match(data).orElse(null));
    }

    private Optional<ScanResult.Match> match(Gs1Data data) {
        if (data.gtin() == null) {
            return Optional.empty();
        }
        if (data.serial() != null) {
            Optional<SerialUnit> unit = serials.findByGtinAndSerial(data.gtin(), data.serial());
            if (unit.isPresent()) {
                return unit.map(u -> new ScanResult.Match("SERIAL", u.getSerial(), u.effectiveStatus()));
            }
        }
        if (data.lot() == null) {
            return Optional.empty();
        }
        Optional<MaterialLot> lot = lots.findByLotNumber(data.lot())
                .filter(l -> data.gtin().equals(l.getMaterial().getGtin()))
                .or(() -> lots.findByMaterialGtinAndSupplierLotNumber(data.gtin(), data.lot()).stream().findFirst());
        return lot.map(l -> new ScanResult.Match(l.isProduced() ? "FINISHED_LOT" : "MATERIAL_LOT", l.getLotNumber(),
                l.getStatus().name()));
    }
}
