package io.lotline.production.batch;

import io.lotline.signature.ElectronicSignature;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.MaterialLot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;
import java.time.Instant;

/** Material issued from a lot into a batch, with the lot's status at issue and any signed FEFO override. */
@Entity
public class MaterialConsumption {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    private ProductionBatch batch;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private MaterialLot lot;

    private BigDecimal quantity;
    private String unit;

    @Enumerated(EnumType.STRING)
    private LotStatus lotStatusAtIssue;

    /** The lot FEFO asked for when a QC manager overrode it. */
    private String fefoLotNumber;
    private String fefoOverrideReason;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signature_id")
    private ElectronicSignature signature;

    private Instant issuedAt;
    private String issuedBy;

    protected MaterialConsumption() {}

    MaterialConsumption(ProductionBatch batch, MaterialLot lot, BigDecimal quantity, LotStatus lotStatusAtIssue,
                        Instant issuedAt, String issuedBy) {
        this.batch = batch;
        this.lot = lot;
        this.quantity = quantity;
        this.unit = lot.getUnit();
        this.lotStatusAtIssue = lotStatusAtIssue;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    void overrideFefo(String fefoLotNumber, String reason, ElectronicSignature signature) {
        this.fefoLotNumber = fefoLotNumber;
        this.fefoOverrideReason = reason;
        this.signature = signature;
    }

    public Long getId() {
        return id;
    }

    public ProductionBatch getBatch() {
        return batch;
    }

    public MaterialLot getLot() {
        return lot;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public LotStatus getLotStatusAtIssue() {
        return lotStatusAtIssue;
    }

    public String getFefoLotNumber() {
        return fefoLotNumber;
    }

    public String getFefoOverrideReason() {
        return fefoOverrideReason;
    }

    public ElectronicSignature getSignature() {
        return signature;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
