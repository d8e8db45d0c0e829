package io.lotline.production.hold;

import io.lotline.production.batch.BatchStatus;
import io.lotline.production.batch.ProductionBatch;
import io.lotline.signature.ElectronicSignature;
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
import java.time.Instant;
import java.util.List;

/** A batch's hold: why, the technician's investigation and the QC manager's signed decision. */
@Entity
public class InProcessHold {
    public enum Status { OPEN, INVESTIGATED, DECIDED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String holdNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    private ProductionBatch batch;

    @Enumerated(EnumType.STRING)
    private HoldOrigin origin;

    private String reason;

    /** Cavities named by the violations that caused the hold. */
    @Convert(converter = CavityListConverter.class)
    private List<Integer> cavities;

    /** What the batch was when held (RUNNING or COMPLETED); a RESUME returns it there. */
    @Enumerated(EnumType.STRING)
    private BatchStatus batchStatusBefore;

    private Instant openedAt;
    private String openedBy;
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String findings;
    private String suspectedCause;

    @Convert(converter = CavityListConverter.class)
    private List<Integer> affectedCavities;

    private Integer affectedQuantity;
    private String investigatedBy;
    private Instant investigatedAt;

    @Enumerated(EnumType.STRING)
    private HoldDecision decision;

    private String justification;

    @Convert(converter = CavityListConverter.class)
    private List<Integer> scrapCavities;

    private Integer scrapQuantity;
    private Boolean openCapa;
    private String capaNumber;
    private String decidedBy;
    private Instant decidedAt;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signature_id")
    private ElectronicSignature signature;

    private Instant closedAt;

    @Version
    private long version;

    protected InProcessHold() {}

    InProcessHold(String holdNumber, ProductionBatch batch, HoldOrigin origin, String reason, List<Integer> cavities,
                  Instant openedAt, String openedBy) {
        this.holdNumber = holdNumber;
        this.batch = batch;
        this.origin = origin;
        this.reason = reason;
        this.cavities = List.copyOf(cavities);
        this.batchStatusBefore = batch.getStatus();
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.status = Status.OPEN;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void investigate(String findings, String suspectedCause, List<Integer> affectedCavities, int affectedQuantity,
                     String by, Instant at) {
        this.findings = findings;
        this.suspectedCause = suspectedCause;
        this.affectedCavities = List.copyOf(affectedCavities);
        this.affectedQuantity = affectedQuantity;
        this.investigatedBy = by;
        this.investigatedAt = at;
        this.status = Status.INVESTIGATED;
    }

    void decide(HoldDecision decision, String justification, List<Integer> scrapCavities, Integer scrapQuantity,
                boolean openCapa, String by, Instant at) {
        this.decision = decision;
        this.justification = justification;
        this.scrapCavities = List.copyOf(scrapCavities);
        this.scrapQuantity = scrapQuantity;
        this.openCapa = openCapa;
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = Status.DECIDED;
    }

    void attach(ElectronicSignature signature) {
        this.signature = signature;
    }

    void linkCapa(String capaNumber) {
        this.capaNumber = capaNumber;
    }

    void close(Instant at) {
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    /** The canonical content the decision's signature is bound to. */
    String signedContent() {
        return String.join("|", "IN_PROCESS_HOLD", holdNumber, batch.getBatchNumber(), String.valueOf(decision),
                justification, String.valueOf(scrapCavities), String.valueOf(scrapQuantity), String.valueOf(openCapa),
                decidedBy, String.valueOf(decidedAt));
    }

    public Long getId() {
        return id;
    }

    public String getHoldNumber() {
        return holdNumber;
    }

    public ProductionBatch getBatch() {
        return batch;
    }

    public HoldOrigin getOrigin() {
        return origin;
    }

    public String getReason() {
        return reason;
    }

    public List<Integer> getCavities() {
        return cavities;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public BatchStatus getBatchStatusBefore() {
        return batchStatusBefore;
    }

    public Status getStatus() {
        return status;
    }

    public String getFindings() {
        return findings;
    }

    public String getSuspectedCause() {
        return suspectedCause;
    }

    public List<Integer> getAffectedCavities() {
        return affectedCavities;
    }

    public Integer getAffectedQuantity() {
        return affectedQuantity;
    }

    public String getInvestigatedBy() {
        return investigatedBy;
    }

    public Instant getInvestigatedAt() {
        return investigatedAt;
    }

    public HoldDecision getDecision() {
        return decision;
    }

    public String getJustification() {
        return justification;
    }

    public List<Integer> getScrapCavities() {
        return scrapCavities;
    }

    public Integer getScrapQuantity() {
        return scrapQuantity;
    }

    public Boolean getOpenCapa() {
        return openCapa;
    }

    public String getCapaNumber() {
        return capaNumber;
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

    public Instant getClosedAt() {
        return closedAt;
    }
}
