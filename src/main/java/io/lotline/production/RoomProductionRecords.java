package io.lotline.production;

import io.lotline.environment.HeldBatch;
import io.lotline.environment.Room;
import io.lotline.environment.RoomProduction;
import io.lotline.production.batch.BatchStatus;
import io.lotline.production.batch.Batches;
import io.lotline.production.batch.ProductionBatch;
import io.lotline.production.hold.HoldOrigin;
import io.lotline.production.hold.HoldService;
import io.lotline.production.hold.InProcessHold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production in a room, for its excursions. An ACTION excursion stops the batches in its room by the in-process hold
 * every other stop takes: each running batch gets a hold of origin EXCURSION and its own investigation and signed
 * decision. A batch already on hold from a run in the room is not held twice; the excursion records it with the hold
 * that stops it. The excursion's assessment asks which finished lots were made in the room.
 */
@Component
class RoomProductionRecords implements RoomProduction {
    private final Batches batches;
    private final HoldService holds;

    RoomProductionRecords(Batches batches, HoldService holds) {
        this.batches = batches;
        this.holds = holds;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<HeldBatch> holdBatchesRunningIn(Room room, String reason, Collection<String> except) {
        List<HeldBatch> held = new ArrayList<>();
        for (ProductionBatch batch : batches.lockRunningOrHeldIn(room)) {
            if (except.contains(batch.getBatchNumber())) {
                continue;
            }
            if (batch.getStatus() == BatchStatus.RUNNING) {
                held.add(new HeldBatch(batch.getBatchNumber(),
                        holds.open(batch, HoldOrigin.EXCURSION, reason, List.of()).getHoldNumber()));
            } else {
                InProcessHold open = holds.openHoldOf(batch);
                if (open != null && open.getBatchStatusBefore() == BatchStatus.RUNNING) {
                    held.add(new HeldBatch(batch.getBatchNumber(), open.getHoldNumber()));
                }
            }
        }
        return held;
    }

    @Override
    public List<String> finishedLotsMadeIn(Room room, Instant from, Instant to) {
        return batches.finishedLotsMadeIn(room, from, to);
    }

    @Override
    public boolean madeIn(String lotNumber, Room room) {
        return batches.isLotMadeIn(lotNumber, room);
    }
}
