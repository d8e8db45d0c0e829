package io.lotline.supplier;

import io.lotline.traceability.Supplier;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** A supplier corrective action request (SCAR), raised when material is returned to the supplier. */
@Entity
public class SupplierCorrectiveAction {
    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String scarNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    private Long nonconformanceId;
    private String lotNumber;
    private String description;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private String raisedBy;
    private Instant raisedAt;

    @Version
    private long version;

    protected SupplierCorrectiveAction() {}

    SupplierCorrectiveAction(String scarNumber, Supplier supplier, Long nonconformanceId, String lotNumber,
                             String description, String raisedBy, Instant raisedAt) {
        this.scarNumber = scarNumber;
        this.supplier = supplier;
        this.nonconformanceId = nonconformanceId;
        this.lotNumber = lotNumber;
        this.description = description;
        this.status = Status.OPEN;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public String getScarNumber() {
        return scarNumber;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public Long getNonconformanceId() {
        return nonconformanceId;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public String getDescription() {
        return description;
    }

    public Status getStatus() {
        return status;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
