package io.lotline.environment;

import java.util.Collection;
import java.util.List;

/**
 * Stops the batches exposed to an ACTION excursion. Production implements it with its in-process hold, so that the
 * room's rules need not know how a batch is held, and production, not the room, depends on the other.
 */
public interface ExcursionHolds {
    /**
     * Within the caller's transaction: puts every batch RUNNING in the room on hold for the reason, and returns them
     * with those already on hold from a run there, each with the hold that stops it; the batches named in
     * {@code except} are left as they are.
     */
    List<HeldBatch> holdBatchesRunningIn(Room room, String reason, Collection<String> except);
}
