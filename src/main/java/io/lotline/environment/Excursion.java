package io.lotline.environment;

import io.lotline.signature.ElectronicSignature;
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

    /**
     * OPEN while the readings are beyond the limits; BACK_IN_LIMITS once a reading is within them again; CLOSED when,
     * besides, the impact decision of an excursion at the action level is signed.
     */
    enum Status { OPEN, BACK_IN_LIMITS, CLOSED }

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

    private String processInstanceId;
    private String assessment;
    private String assessedBy;
    private Instant assessedAt;

    /** The finished lots the assessment names, with what the decision did to each. */
    @ElementCollection
    @CollectionTable(name = "excursion_lot", joinColumns = @JoinColumn(name = "excursion_id"))
    @OrderBy("lotNumber")
    private List<ExcursionLot> lots = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ExcursionDecision decision;

    private String justification;
    private Boolean openCapa;
    private String capaNumber;
    private String decidedBy;
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    private ElectronicSignature signature;

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
        this.status = decision == null ? Status.BACK_IN_LIMITS : Status.CLOSED;
        this.endedAt = backInLimits;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void assess(String assessment, List<String> lotNumbers, String by, Instant at) {
        this.assessment = assessment;
        this.lots = new ArrayList<>(lotNumbers.stream().map(lot -> new ExcursionLot(lot, null)).toList());
        this.assessedBy = by;
        this.assessedAt = at;
    }

    /** The signed decision; the excursion closes with it if its readings are back in limits already. */
    void decide(ExcursionDecision decision, String justification, boolean openCapa, List<ExcursionLot> outcomes,
                String by, Instant at) {
        this.decision = decision;
        this.justification = justification;
        this.openCapa = openCapa;
        this.lots = new ArrayList<>(outcomes);
        this.decidedBy = by;
        this.decidedAt = at;
        if (status == Status.BACK_IN_LIMITS) {
            status = Status.CLOSED;
        }
    }

    void attach(ElectronicSignature signature) {
        this.signature = signature;
    }

    void capaOpened(String capaNumber) {
        this.capaNumber = capaNumber;
    }

    /** What the decision's signature covers. */
    String signedContent() {
        return String.join("|", "EXCURSION", excursionNumber, room.getCode(), String.valueOf(parameter),
                String.valueOf(level), String.valueOf(assessment), String.valueOf(lots), String.valueOf(decision),
                justification, String.valueOf(openCapa), decidedBy, String.valueOf(decidedAt));
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

    String getProcessInstanceId() {
        return processInstanceId;
    }

    String getAssessment() {
        return assessment;
    }

    String getAssessedBy() {
        return assessedBy;
    }

    Instant getAssessedAt() {
        return assessedAt;
    }

    List<ExcursionLot> getLots() {
        return List.copyOf(lots);
    }

    List<String> lotNumbers() {
        return lots.stream().map(ExcursionLot::lotNumber).toList();
    }

    ExcursionDecision getDecision() {
        return decision;
    }

    String getJustification() {
        return justification;
    }

    String getCapaNumber() {
        return capaNumber;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    ElectronicSignature getSignature() {
        return signature;
    }

    List<String> heldBatchNumbers() {
        return heldBatches.stream().map(HeldBatch::batchNumber).toList();
    }
}
