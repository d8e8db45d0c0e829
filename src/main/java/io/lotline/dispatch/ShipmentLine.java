package io.lotline.dispatch;

import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.SerialUnit;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** One line of a shipment: a quantity of a finished lot, or one serial of it. */
@Entity
public class ShipmentLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    private int lineNo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private MaterialLot lot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "serial_id")
    private SerialUnit serial;

    private BigDecimal quantity;
    private String unit;

    protected ShipmentLine() {}

    ShipmentLine(Shipment shipment, int lineNo, MaterialLot lot, SerialUnit serial, BigDecimal quantity) {
        this.shipment = shipment;
        this.lineNo = lineNo;
        this.lot = lot;
        this.serial = serial;
        this.quantity = quantity;
        this.unit = lot.getUnit();
    }

    public int getLineNo() {
        return lineNo;
    }

    public MaterialLot getLot() {
        return lot;
    }

    public SerialUnit getSerial() {
        return serial;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }
}
