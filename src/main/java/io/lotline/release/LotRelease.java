package io.lotline.release;

import io.lotline.signature.ElectronicSignature;
import io.lotline.traceability.CommaSeparatedList;
import io.lotline.traceability.MaterialLot;
import jakarta.persistence.Convert;
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
import java.time.LocalDate;
import java.util.List;

/** The signed release decision of a finished lot (ISO 13485 §8.2.6: who released it, when, on what record). */
@Entity
public class LotRelease {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private MaterialLot lot;

    @Enumerated(EnumType.STRING)
    private ReleaseDecision decision;

    private String comment;
    private String conditions;
    private LocalDate validUntil;
    @Convert(converter = CommaSeparatedList.class)
    private List<String> customerCodes;
    private BigDecimal quantity;
    private String inspectedBy;
    private String decidedBy;
    private Instant decidedAt;
    private String processInstanceId;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signature_id")
    private ElectronicSignature signature;

    protected LotRelease() {}

    LotRelease(MaterialLot lot, ReleaseDecision decision, String comment, String conditions, LocalDate validUntil,
               List<String> customerCodes, String inspectedBy, String decidedBy, Instant decidedAt,
               String processInstanceId) {
        this.lot = lot;
        this.decision = decision;
        this.comment = comment;
        this.conditions = conditions;
        this.validUntil = validUntil;
        this.customerCodes = List.copyOf(customerCodes);
        this.quantity = lot.getQuantity();
        this.inspectedBy = inspectedBy;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.processInstanceId = processInstanceId;
    }

    void attach(ElectronicSignature signature) {
        this.signature = signature;
    }

    /** What the signature binds: decision, lot, quantity, terms, inspector and releaser. */
    String signedContent() {
        return String.join("|", "LOT_RELEASE", decision.name(), lot.getLotNumber(), quantity.toPlainString(),
                lot.getUnit(), comment, String.valueOf(conditions), String.valueOf(validUntil),
                String.valueOf(CommaSeparatedList.joined(customerCodes)), String.valueOf(inspectedBy), decidedBy,
                decidedAt.toString());
    }

    public Long getId() {
        return id;
    }

    public MaterialLot getLot() {
        return lot;
    }

    public ReleaseDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getConditions() {
        return conditions;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    /** Customers a conditional release is restricted to; empty when it is not restricted. */
    public List<String> getCustomerCodes() {
        return customerCodes;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getInspectedBy() {
        return inspectedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public ElectronicSignature getSignature() {
        return signature;
    }
}
