package io.lotline.traceability;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A lot under Lotline's own lot number: a supplier delivery ({@link LotOrigin#RECEIVED}) or a finished lot made here
 * ({@link LotOrigin#PRODUCED}, no supplier or purchase order). Status changes go through {@link LotStatusService}.
 */
@Entity
public class MaterialLot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String lotNumber;
    private String supplierLotNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "material_id")
    private Material material;

    private String purchaseOrder;
    private BigDecimal receivedQuantity;
    private BigDecimal quantity;
    private String unit;
    private Instant receivedAt;
    private String receivedBy;
    private LocalDate manufacturedOn;
    private LocalDate expiresOn;

    @Column(name = "certificate_of_conformance")
    private String certificateOfConformance;

    @Enumerated(EnumType.STRING)
    private LotStatus status;

    private String processInstanceId;
    private LocalDate concessionUntil;

    @Enumerated(EnumType.STRING)
    private LotOrigin origin = LotOrigin.RECEIVED;

    @Version
    private long version;

    protected MaterialLot() {}

    public MaterialLot(String lotNumber, String supplierLotNumber, Supplier supplier, Material material,
                       String purchaseOrder, BigDecimal quantity, String unit, Instant receivedAt, String receivedBy,
                       LocalDate manufacturedOn, LocalDate expiresOn, String certificateOfConformance) {
        this.lotNumber = lotNumber;
        this.supplierLotNumber = supplierLotNumber;
        this.supplier = supplier;
        this.material = material;
        this.purchaseOrder = purchaseOrder;
        this.receivedQuantity = quantity;
        this.quantity = quantity;
        this.unit = unit;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.manufacturedOn = manufacturedOn;
        this.expiresOn = expiresOn;
        this.certificateOfConformance = certificateOfConformance;
        this.status = LotStatus.IN_INSPECTION;
    }

    /** A finished lot made here from {@code quantity} good parts; it waits for its release review. */
    static MaterialLot produced(String lotNumber, Material product, BigDecimal quantity, Instant at, String by,
                                LocalDate producedOn, LocalDate expiresOn) {
        MaterialLot lot = new MaterialLot(lotNumber, null, null, product, null, quantity, product.getUnit(), at, by,
                producedOn, expiresOn, null);
        lot.origin = LotOrigin.PRODUCED;
        lot.status = LotStatus.IN_RELEASE_REVIEW;
        return lot;
    }

    /** Another batch's good parts join this finished lot (its release group). */
    void addProduced(BigDecimal added) {
        this.receivedQuantity = this.receivedQuantity.add(added);
        this.quantity = this.quantity.add(added);
    }

    /** Package-private: only {@link LotStatusService} moves a lot, so every move is checked and audited. */
    void changeStatus(LotStatus target) {
        if (!status.canChangeTo(target)) {
            throw new IllegalLotTransitionException(lotNumber, status, target);
        }
        this.status = target;
    }

    /** A child lot carrying part of this lot's quantity; the quantity leaves this lot. */
    MaterialLot splitOff(String childLotNumber, BigDecimal childQuantity, LotStatus childStatus, Instant at, String by) {
        MaterialLot child = new MaterialLot(childLotNumber, supplierLotNumber, supplier, material, purchaseOrder, childQuantity,
                unit, at, by, manufacturedOn, expiresOn, certificateOfConformance);
        child.origin = origin; // a part of a finished lot is a finished lot
        child.status = childStatus;
        child.concessionUntil = childStatus == LotStatus.CONDITIONALLY_RELEASED ? concessionUntil : null;
        this.quantity = this.quantity.subtract(childQuantity);
        return child;
    }

    /** Package-private: only {@link LotStatusService} takes quantity out of a lot (issue, shipment). */
    void take(BigDecimal issued) {
        this.quantity = this.quantity.subtract(issued);
    }

    void extendExpiry(LocalDate until) {
        this.expiresOn = until;
    }

    void grantConcessionUntil(LocalDate until) {
        this.concessionUntil = until;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public String getSupplierLotNumber() {
        return supplierLotNumber;
    }

    /** The supplier of a received lot; null for a lot produced here. */
    public Supplier getSupplier() {
        return supplier;
    }

    public String supplierCode() {
        return supplier == null ? null : supplier.getCode();
    }

    public Material getMaterial() {
        return material;
    }

    public String getPurchaseOrder() {
        return purchaseOrder;
    }

    public BigDecimal getReceivedQuantity() {
        return receivedQuantity;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDate getManufacturedOn() {
        return manufacturedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getCertificateOfConformance() {
        return certificateOfConformance;
    }

    public LotStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getConcessionUntil() {
        return concessionUntil;
    }

    public LotOrigin getOrigin() {
        return origin;
    }

    public boolean isProduced() {
        return origin == LotOrigin.PRODUCED;
    }

    public long getVersion() {
        return version;
    }
}
