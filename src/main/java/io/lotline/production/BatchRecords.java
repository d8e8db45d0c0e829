package io.lotline.production;

import io.lotline.capa.CapaService;
import io.lotline.environment.ExcursionService;
import io.lotline.environment.ExcursionView;
import io.lotline.environment.RoomRef;
import io.lotline.environment.RoomService;
import io.lotline.production.batch.BatchService;
import io.lotline.production.batch.BatchStatus;
import io.lotline.production.batch.Batches;
import io.lotline.production.batch.ProductionBatch;
import io.lotline.production.hold.HoldService;
import io.lotline.production.hold.HoldView;
import io.lotline.production.hold.InProcessHold;
import io.lotline.production.spc.ReadingService;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A batch's whole record as its page, the API and the release review show it: the run and its material (batch), its
 * holds (hold), its SPC violations (spc), the CAPAs linked to it and the excursions of its room while it ran. It is
 * put together here, above the sub-features, so that none of them depends on another's views.
 */
@Service
public class BatchRecords {
    private final Batches batches;
    private final BatchService batchService;
    private final HoldService holds;
    private final ReadingService readings;
    private final CapaService capas;
    private final RoomService rooms;
    private final ExcursionService excursions;
    private final Clock clock;

    public BatchRecords(Batches batches, BatchService batchService, HoldService holds, ReadingService readings,
                        CapaService capas, RoomService rooms, ExcursionService excursions, Clock clock) {
        this.batches = batches;
        this.batchService = batchService;
        this.holds = holds;
        this.readings = readings;
        this.capas = capas;
        this.rooms = rooms;
        this.excursions = excursions;
        this.clock = clock;
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

    /**
     * The excursions a finished lot was exposed to, through the runs of its batches, and those whose assessment names
     * it; each once, newest first.
     */
    @Transactional(readOnly = true)
    public List<ExcursionView> excursionsOfLot(String lotNumber) {
        Map<String, ExcursionView> byNumber = new LinkedHashMap<>();
        for (ProductionBatch b : batchService.producedInto(lotNumber)) {
            rooms.excursionsExposing(b.getBatchNumber(), b.getRoom(), b.getStartedAt(), runEnd(b, holds.forBatch(b)))
                    .forEach(e -> byNumber.putIfAbsent(e.excursionNumber(), e));
        }
        excursions.excursionsNaming(lotNumber).forEach(e -> byNumber.putIfAbsent(e.excursionNumber(), e));
        return byNumber.values().stream().sorted(Comparator.comparing(ExcursionView::startedAt).reversed()).toList();
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
                rooms.excursionsExposing(b.getBatchNumber(), b.getRoom(), b.getStartedAt(), runEnd(b, allHolds)),
                b.getFinishedLot() == null ? null : b.getFinishedLot().getLotNumber());
    }

    /** When the run ended: at completion, at the signed rejection of a batch rejected on hold, or not yet (now). */
    private Instant runEnd(ProductionBatch b, List<HoldView> allHolds) {
        if (b.getCompletedAt() != null) {
            return b.getCompletedAt();
        }
        if (b.getStatus() == BatchStatus.REJECTED) {
            return allHolds.stream().map(HoldView::decidedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElseGet(clock::instant);
        }
        return clock.instant();
    }
}
