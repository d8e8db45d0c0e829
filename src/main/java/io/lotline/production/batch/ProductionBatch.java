package io.lotline.production.batch;

import io.lotline.environment.Room;
import io.lotline.traceability.Material;
import io.lotline.traceability.MaterialLot;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** A molding run (work order): what was made, on which machine and mold, by whom, under which setup. */
@Entity
public class ProductionBatch {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String batchNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Material product;

    private int plannedQuantity;
    private String machineId;

    /** The room the machine stood in when the batch was planned and, once it starts, when it ran; null if unknown. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    private String moldId;
    private int cavities;
    private String shift;
    private String operator;

    @Embedded
    private SetupConditions setup;

    @Enumerated(EnumType.STRING)
    private BatchStatus status;

    private Instant createdAt;
    private String createdBy;
    private Instant startedAt;
    private String startedBy;
    private Instant completedAt;
    private String completedBy;
    private Integer goodQuantity;
    private Integer scrapQuantity;
    private int scrappedOnHold;

    /** The finished lot (release group) the good parts went into; null until the run completes with good parts. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finished_lot_id")
    private MaterialLot finishedLot;

    @Version
    private long version;

    protected ProductionBatch() {}

    ProductionBatch(String batchNumber, Material product, int plannedQuantity, String machineId, Room room, String moldId,
                    int cavities, String shift, String operator, SetupConditions setup, Instant createdAt,
                    String createdBy) {
        this.batchNumber = batchNumber;
        this.product = product;
        this.plannedQuantity = plannedQuantity;
        this.machineId = machineId;
        this.room = room;
        this.moldId = moldId;
        this.cavities = cavities;
        this.shift = shift;
        this.operator = operator;
        this.setup = setup;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = BatchStatus.PLANNED;
    }

    /** Package-private: only {@link BatchService} moves a batch, so every move is checked and audited. */
    void changeStatus(BatchStatus target) {
        if (!status.canChangeTo(target)) {
            throw new IllegalBatchTransitionException(batchNumber, status, target);
        }
        this.status = target;
    }

    void start(SetupConditions actualSetup, Room roomRunIn, Instant at, String by) {
        this.setup = actualSetup;
        this.room = roomRunIn;
        this.startedAt = at;
        this.startedBy = by;
    }

    void complete(int good, int scrap, Instant at, String by) {
        this.goodQuantity = good;
        this.scrapQuantity = scrap;
        this.completedAt = at;
        this.completedBy = by;
    }

    void produced(MaterialLot lot) {
        this.finishedLot = lot;
    }

    public void scrapOnHold(int quantity) {
        this.scrappedOnHold += quantity;
    }

    public Long getId() {
        return id;
    }

    public String getBatchNumber() {
        return batchNumber;
    }

    public Material getProduct() {
        return product;
    }

    public int getPlannedQuantity() {
        return plannedQuantity;
    }

    public String getMachineId() {
        return machineId;
    }

    public Room getRoom() {
        return room;
    }

    public String getMoldId() {
        return moldId;
    }

    public int getCavities() {
        return cavities;
    }

    public String getShift() {
        return shift;
    }

    public String getOperator() {
        return operator;
    }

    public SetupConditions getSetup() {
        return setup == null ? SetupConditions.NONE : setup;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Integer getGoodQuantity() {
        return goodQuantity;
    }

    public Integer getScrapQuantity() {
        return scrapQuantity;
    }

    public int getScrappedOnHold() {
        return scrappedOnHold;
    }

    public MaterialLot getFinishedLot() {
        return finishedLot;
    }

    public long getVersion() {
        return version;
    }
}
