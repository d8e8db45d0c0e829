package io.lotline.production.batch;

import io.lotline.traceability.ConflictException;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.ProducedLots;
import io.lotline.traceability.TrackingMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a completed batch's good parts into stock: a new finished lot, or the release group the request names, and
 * for a serial-tracked product one serial per part, carrying the cavity it was molded in.
 */
@Component
class BatchOutput {
    private final ProducedLots producedLots;
    private final ApplicationEventPublisher events;

    BatchOutput(ProducedLots producedLots, ApplicationEventPublisher events) {
        this.producedLots = producedLots;
        this.events = events;
    }

    /** Checks what can be checked before anything is written, and locks the release group to join, if one is named. */
    @Transactional(propagation = Propagation.MANDATORY)
    MaterialLot prepare(ProductionBatch batch, String finishedLotNumber) {
        if (batch.getProduct().getTrackingMode() == TrackingMode.SERIAL && batch.getProduct().getGtin() == null) {
            throw new ConflictException("Product " + batch.getProduct().getPartNumber() + " is serial-tracked but has no"
                    + " GTIN; serials are unique per GTIN, so set the GTIN on the material master first");
        }
        return finishedLotNumber == null || finishedLotNumber.isBlank() ? null
                : producedLots.lockForOutput(finishedLotNumber.trim(), batch.getProduct());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void store(ProductionBatch batch, int good, List<CompletionRequest.CavityOutput> perCavity, MaterialLot releaseGroup) {
        BigDecimal quantity = BigDecimal.valueOf(good);
        MaterialLot lot;
        if (releaseGroup == null) {
            lot = producedLots.create(batch.getProduct(), quantity, batch.getBatchNumber());
        } else {
            lot = releaseGroup;
            producedLots.addOutput(lot, quantity, batch.getBatchNumber());
        }
        batch.produced(lot);
        if (batch.getProduct().getTrackingMode() == TrackingMode.SERIAL) {
            producedLots.addSerials(lot, batch.getBatchNumber(), cavityOfEachUnit(good, perCavity));
        }
        if (releaseGroup == null) {
            events.publishEvent(new FinishedLotCreated(lot.getLotNumber(), batch.getBatchNumber()));
        }
    }

    private static List<Integer> cavityOfEachUnit(int good, List<CompletionRequest.CavityOutput> perCavity) {
        if (perCavity.isEmpty()) {
            return Collections.nCopies(good, null);
        }
        List<Integer> cavities = new ArrayList<>(good);
        perCavity.forEach(c -> cavities.addAll(Collections.nCopies(c.goodQuantity(), c.cavity())));
        return cavities;
    }
}
