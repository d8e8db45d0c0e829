package io.lotline.traceability;

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

/**
 * One serialised unit of a finished lot, made by a batch in a mold cavity. Rows are written in bulk by
 * {@link ProducedLots}; only {@link #ship} changes one afterwards.
 */
@Entity
public class SerialUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String gtin;
    private String serial;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private MaterialLot lot;

    private String batchNumber;
    private Integer cavity;

    @Enumerated(EnumType.STRING)
    private SerialStatus status;

    private Long shipmentId;
    private Instant createdAt;

    @Version
    private long version;

    protected SerialUnit() {}

    /** Marks the unit shipped; the caller holds the lock of its lot and has checked that it may leave. */
    public void ship(long shipment) {
        if (status != SerialStatus.IN_STOCK) {
            throw new ConflictException("Serial " + serial + " was already shipped");
        }
        this.status = SerialStatus.SHIPPED;
        this.shipmentId = shipment;
    }

    /** Package-private: a unit changes lot only when {@link LotStatusService} splits its lot. */
    void moveTo(MaterialLot childLot) {
        this.lot = childLot;
    }

    public Long getId() {
        return id;
    }

    public String getGtin() {
        return gtin;
    }

    public String getSerial() {
        return serial;
    }

    public MaterialLot getLot() {
        return lot;
    }

    public String getBatchNumber() {
        return batchNumber;
    }

    public Integer getCavity() {
        return cavity;
    }

    public SerialStatus getStatus() {
        return status;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The status a user sees: SHIPPED once shipped, otherwise the status of the unit's lot. */
    public String effectiveStatus() {
        return status == SerialStatus.SHIPPED ? SerialStatus.SHIPPED.name() : lot.getStatus().name();
    }
}
