package io.lotline.environment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What production ran in a room, as an excursion needs it: the batches to stop and the finished lots made there.
 * Production implements it, so that the room's rules need not know how batches are held or lots made, and
 * production, not the room, depends on the other.
 */
public interface RoomProduction {
    /**
     * Within the caller's transaction: puts every batch RUNNING in the room on hold for the reason, and returns them
     * with those already on hold from a run there, each with the hold that stops it; the batches named in
     * {@code except} are left as they are.
     */
    List<HeldBatch> holdBatchesRunningIn(Room room, String reason, Collection<String> except);

    /** The finished lots of the batches whose run in the room overlaps the period, in lot-number order. */
    List<String> finishedLotsMadeIn(Room room, Instant from, Instant to);

    /** Whether the lot is a finished lot with a batch made in the room. */
    boolean madeIn(String lotNumber, Room room);
}
