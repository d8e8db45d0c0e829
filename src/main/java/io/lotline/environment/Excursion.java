package io.lotline.environment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A period in which a room's parameter was beyond its action limit, or beyond its alert limit for several readings
 * in a row: from the first such reading to the first reading back within the alert limits.
 */
@Entity
class Excursion {
    enum Level { ACTION, ALERT }

    /** OPEN while the readings are beyond the limits; BACK_IN_LIMITS once a reading is within them again. */
    enum Status { OPEN, BACK_IN_LIMITS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String excursionNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    @Enumerated(EnumType.STRING)
    private RoomParameter parameter;

    @Enumerated(EnumType.STRING)
    private Level level;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant startedAt;
    private Instant endedAt;
    private BigDecimal peak;

    /** The batches the excursion stopped when it reached the action level; empty for one that stayed at ALERT. */
    @ElementCollection
    @CollectionTable(name = "excursion_batch", joinColumns = @JoinColumn(name = "excursion_id"))
    @OrderBy("batchNumber")
    private List<HeldBatch> heldBatches = new ArrayList<>();

    protected Excursion() {}

    Excursion(String excursionNumber, Room room, RoomParameter parameter, Level level, Instant startedAt,
              BigDecimal value) {
        this.excursionNumber = excursionNumber;
        this.room = room;
        this.parameter = parameter;
        this.level = level;
        this.status = Status.OPEN;
        this.startedAt = startedAt;
        this.peak = value;
    }

    /** Keeps the reading farthest from the limits' middle as the peak: the highest above, the lowest below. */
    void extend(BigDecimal value, boolean aboveLimits) {
        if (aboveLimits ? value.compareTo(peak) > 0 : value.compareTo(peak) < 0) {
            peak = value;
        }
    }

    /** Readings went on from beyond the alert limit to beyond the action limit: the same excursion, graver. */
    void escalate() {
        this.level = Level.ACTION;
    }

    /** Records the batches held; a batch already recorded (a second escalation of one excursion) stays as it was. */
    void held(List<HeldBatch> batches) {
        for (HeldBatch batch : batches) {
            if (heldBatches.stream().noneMatch(known -> known.batchNumber().equals(batch.batchNumber()))) {
                heldBatches.add(batch);
            }
        }
    }

    void endAt(Instant backInLimits) {
        this.status = Status.BACK_IN_LIMITS;
        this.endedAt = backInLimits;
    }

    String getExcursionNumber() {
        return excursionNumber;
    }

    RoomParameter getParameter() {
        return parameter;
    }

    Level getLevel() {
        return level;
    }

    Status getStatus() {
        return status;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    BigDecimal getPeak() {
        return peak;
    }

    Room getRoom() {
        return room;
    }

    List<HeldBatch> getHeldBatches() {
        return List.copyOf(heldBatches);
    }

    List<String> heldBatchNumbers() {
        return heldBatches.stream().map(HeldBatch::batchNumber).toList();
    }
}
