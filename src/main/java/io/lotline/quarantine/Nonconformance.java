package io.lotline.quarantine;

import io.lotline.signature.ElectronicSignature;
import io.lotline.traceability.CommaSeparatedList;
import io.lotline.traceability.LotStatus;
import io.lotline.traceability.MaterialLot;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A nonconformance report: why a lot was quarantined, what is wrong with how much of it, and what was decided. */
@Entity
public class Nonconformance {
    public enum Status { OPEN, RECORDED, DISPOSITIONED, CLOSED, RELEASED_FROM_HOLD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nc_number")
    private String number;

    /** The quarantined lot: after a partial split, the nonconforming child. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private MaterialLot lot;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_lot_id")
    private MaterialLot originLot;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private NonconformanceOrigin origin;

    private String quarantineReason;

    @Enumerated(EnumType.STRING)
    private LotStatus statusBefore;

    private Instant openedAt;
    private String openedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String description;

    @Enumerated(EnumType.STRING)
    private DefectCategory defectCategory;

    private BigDecimal quantityAffected;
    private String recordedBy;
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    private Disposition disposition;

    private String justification;
    private String returnReference;
    private String conditions;
    private LocalDate validUntil;
    private String decidedBy;
    private Instant decidedAt;

    /** A SPLIT: the good quantity after sorting (the rest is scrapped), the units sorted out, and the accepted lot. */
    private BigDecimal acceptedQuantity;
    @Column(columnDefinition = "longtext") // as in V15: LONGTEXT on MariaDB, an unbounded VARCHAR on H2
    @Convert(converter = CommaSeparatedList.class)
    private List<String> rejectedSerials = List.of();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_lot_id")
    private MaterialLot acceptedLot;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signature_id")
    private ElectronicSignature signature;

    /** For a lot past its expiry date: the date it expired, and a shelf-life extension once signed. */
    private LocalDate expiredOn;
    private LocalDate extendedUntil;
    private String extensionApprovedBy;
    private Instant extensionApprovedAt;
    private String extensionJustification;

    private String reworkDescription;
    private String reworkedBy;
    private Instant reworkedAt;
    private Instant closedAt;

    @Version
    private long version;

    protected Nonconformance() {}

    Nonconformance(String number, MaterialLot lot, NonconformanceOrigin origin, String quarantineReason,
                   LotStatus statusBefore, Instant openedAt, String openedBy) {
        this.number = number;
        this.lot = lot;
        this.originLot = lot;
        this.origin = origin;
        this.quarantineReason = quarantineReason;
        this.statusBefore = statusBefore;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.status = Status.OPEN;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void record(String description, DefectCategory category, BigDecimal quantityAffected, MaterialLot quarantinedLot,
                String recordedBy, Instant recordedAt) {
        this.description = description;
        this.defectCategory = category;
        this.quantityAffected = quantityAffected;
        this.lot = quarantinedLot;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.status = Status.RECORDED;
    }

    /** Recorded by the shelf-life job itself: the whole lot is past its expiry date. */
    void recordExpiry(LocalDate expiredOn, Instant at) {
        this.expiredOn = expiredOn;
        record("Shelf life ended on " + expiredOn, DefectCategory.SHELF_LIFE, lot.getQuantity(), lot, openedBy, at);
    }

    /** The re-test failed: the disposition is decided again, without the extension. */
    void reopenForDisposition() {
        this.status = Status.RECORDED;
    }

    void approveExtension(LocalDate expiredOn, LocalDate until, String justification, String by, Instant at) {
        this.expiredOn = expiredOn;
        this.extendedUntil = until;
        this.extensionJustification = justification;
        this.extensionApprovedBy = by;
        this.extensionApprovedAt = at;
    }

    void decide(Disposition disposition, String justification, String returnReference, String conditions,
                LocalDate validUntil, BigDecimal acceptedQuantity, List<String> rejectedSerials, String decidedBy,
                Instant decidedAt) {
        this.disposition = disposition;
        this.justification = justification;
        this.returnReference = returnReference;
        this.conditions = conditions;
        this.validUntil = validUntil;
        this.acceptedQuantity = acceptedQuantity;
        this.rejectedSerials = List.copyOf(rejectedSerials);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.status = Status.DISPOSITIONED;
    }

    void attach(ElectronicSignature signature) {
        this.signature = signature;
    }

    /** The SPLIT is carried out: this nonconformance follows the sorted-out part, the accepted part goes to review. */
    void sorted(MaterialLot rejectedPart, MaterialLot acceptedPart) {
        this.lot = rejectedPart;
        this.acceptedLot = acceptedPart;
    }

    void recordRework(String description, String by, Instant at) {
        this.reworkDescription = description;
        this.reworkedBy = by;
        this.reworkedAt = at;
    }

    void close(Status finalStatus, Instant at) {
        this.status = finalStatus;
        this.closedAt = at;
    }

    /** The content the disposition signature is bound to. */
    String signedContent() {
        return String.join("|", "NONCONFORMANCE", number, lot.getLotNumber(), String.valueOf(quantityAffected),
                String.valueOf(disposition), justification, String.valueOf(returnReference), String.valueOf(conditions),
                String.valueOf(validUntil), decidedBy, String.valueOf(decidedAt))
                + (disposition == Disposition.SPLIT ? "|" + acceptedQuantity + "|" + CommaSeparatedList.joined(rejectedSerials) : "");
    }

    /** The content the shelf-life extension signature is bound to. */
    String extensionSignedContent(String retestReference) {
        return String.join("|", "SHELF_LIFE_EXTENSION", number, lot.getLotNumber(), String.valueOf(expiredOn),
                String.valueOf(extendedUntil), retestReference, extensionJustification, extensionApprovedBy, String.valueOf(extensionApprovedAt));
    }

    public LocalDate getExpiredOn() {
        return expiredOn;
    }

    public LocalDate getExtendedUntil() {
        return extendedUntil;
    }

    public String getExtensionJustification() {
        return extensionJustification;
    }

    public String getExtensionApprovedBy() {
        return extensionApprovedBy;
    }

    public Instant getExtensionApprovedAt() {
        return extensionApprovedAt;
    }

    public BigDecimal getAcceptedQuantity() {
        return acceptedQuantity;
    }

    /** The serials sorted out by a SPLIT of a serialised lot, in the order named; empty otherwise. */
    public List<String> getRejectedSerials() {
        return rejectedSerials;
    }

    public MaterialLot getAcceptedLot() {
        return acceptedLot;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public MaterialLot getLot() {
        return lot;
    }

    public MaterialLot getOriginLot() {
        return originLot;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public NonconformanceOrigin getOrigin() {
        return origin;
    }

    public String getQuarantineReason() {
        return quarantineReason;
    }

    public LotStatus getStatusBefore() {
        return statusBefore;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Status getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public DefectCategory getDefectCategory() {
        return defectCategory;
    }

    public BigDecimal getQuantityAffected() {
        return quantityAffected;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public String getJustification() {
        return justification;
    }

    public String getReturnReference() {
        return returnReference;
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

    public ElectronicSignature getSignature() {
        return signature;
    }

    public String getReworkDescription() {
        return reworkDescription;
    }

    public String getReworkedBy() {
        return reworkedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
