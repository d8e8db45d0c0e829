package io.lotline.production.hold;

import io.lotline.environment.ExcursionHolds;
import io.lotline.environment.HeldBatch;
import io.lotline.environment.Room;
import io.lotline.production.batch.BatchStatus;
import io.lotline.production.batch.Batches;
import io.lotline.production.batch.ProductionBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ACTION excursion's stop of the batches in its room, by the in-process hold every other stop takes: each running
 * batch gets a hold of origin EXCURSION and its own investigation and signed decision. A batch already on hold from a
 * run in the room is not held twice; the excursion records it with the hold that stops it.
 */
@Component
class ExcursionBatchHolds implements ExcursionHolds {
    private final Batches batches;
    private final HoldService holds;

    ExcursionBatchHolds(Batches batches, HoldService holds) {
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
}
