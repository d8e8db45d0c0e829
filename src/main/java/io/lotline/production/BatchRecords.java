package io.lotline.production;

import io.lotline.capa.CapaService;
import io.lotline.environment.RoomRef;
import io.lotline.production.batch.BatchService;
import io.lotline.production.batch.Batches;
import io.lotline.production.batch.ProductionBatch;
import io.lotline.production.hold.HoldService;
import io.lotline.production.hold.HoldView;
import io.lotline.production.hold.InProcessHold;
import io.lotline.production.spc.ReadingService;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A batch's whole record as its page, the API and the release review show it: the run and its material (batch), its
 * holds (hold), its SPC violations (spc) and the CAPAs linked to it. It is put together here, above the sub-features,
 * so that none of them depends on another's views.
 */
@Service
public class BatchRecords {
    private final Batches batches;
    private final BatchService batchService;
    private final HoldService holds;
    private final ReadingService readings;
    private final CapaService capas;

    public BatchRecords(Batches batches, BatchService batchService, HoldService holds, ReadingService readings,
                        CapaService capas) {
        this.batches = batches;
        this.batchService = batchService;
        this.holds = holds;
        this.readings = readings;
        this.capas = capas;
    }

    @Transactional(readOnly = true)
    public BatchView view(String batchNumber) {
        return view(batches.require(batchNumber));
    }

    /** The batches whose good parts make up a finished lot (its release group). */
    @Transactional(readOnly = true)
    public List<BatchView> producedInto(String lotNumber) {
        return batchService.producedInto(lotNumber).stream().map(this::view).toList();
    }

    private BatchView view(ProductionBatch b) {
        List<HoldView> allHolds = holds.forBatch(b);
        return new BatchView(b.getBatchNumber(), b.getStatus(), b.getProduct().getPartNumber(),
                b.getProduct().getDescription(), b.getPlannedQuantity(), b.getMachineId(), RoomRef.of(b.getRoom()),
                b.getMoldId(), b.getCavities(),
                b.getShift(), b.getOperator(), b.getSetup(), b.getCreatedAt(), b.getCreatedBy(), b.getStartedAt(),
                b.getCompletedAt(), b.getCompletedBy(), b.getGoodQuantity(), b.getScrapQuantity(), b.getScrappedOnHold(),
                batchService.cavityOutputOf(b), batchService.consumptionsOf(b),
                allHolds.stream().filter(h -> h.status() != InProcessHold.Status.CLOSED).toList(), allHolds,
                readings.violationsOf(b), capas.linkedTo("BATCH", List.of(b.getBatchNumber())),
                b.getFinishedLot() == null ? null : b.getFinishedLot().getLotNumber());
    }
}
