package io.lotline.approval;

import io.lotline.inspection.Inspection;
import io.lotline.signature.ElectronicSignature;
import io.lotline.traceability.MaterialLot;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.time.LocalDate;

/** A QC manager's signed decision on a conditional release (concession) proposed by an inspection. */
@Entity
public class Concession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private MaterialLot lot;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    private boolean approved;
    private String reason;
    private String conditions;
    private LocalDate validUntil;
    private String decidedBy;
    private Instant decidedAt;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signature_id")
    private ElectronicSignature signature;

    private Instant expiredAt;

    protected Concession() {}

    Concession(MaterialLot lot, Inspection inspection, boolean approved, String reason, String conditions,
               LocalDate validUntil, String decidedBy, Instant decidedAt) {
        this.lot = lot;
        this.inspection = inspection;
        this.approved = approved;
        this.reason = reason;
        this.conditions = conditions;
        this.validUntil = validUntil;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** The content a signature is bound to; any change to the decision changes its hash. */
    public String signedContent() {
        return String.join("|", "CONCESSION", String.valueOf(id), lot.getLotNumber(), String.valueOf(inspection.getId()),
                approved ? "APPROVED" : "REJECTED", reason, String.valueOf(conditions), String.valueOf(validUntil),
                decidedBy, decidedAt.toString());
    }

    void expire(Instant at) {
        this.expiredAt = at;
    }

    void attach(ElectronicSignature signature) {
        this.signature = signature;
    }

    public Long getId() {
        return id;
    }

    public MaterialLot getLot() {
        return lot;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getReason() {
        return reason;
    }

    public String getConditions() {
        return conditions;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }

    public ElectronicSignature getSignature() {
        return signature;
    }
}
