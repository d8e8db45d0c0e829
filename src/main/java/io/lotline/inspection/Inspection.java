package io.lotline.inspection;

import io.lotline.inspection.sampling.SamplingPlan;
import io.lotline.inspection.sampling.SamplingSeverity;
import io.lotline.supplier.InspectionStage;
import io.lotline.traceability.CommaSeparatedList;
import io.lotline.traceability.InspectionCharacteristic;
import io.lotline.traceability.MaterialLot;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** An incoming inspection of one lot against its material's plan. */
@Entity
public class Inspection {
    public enum Status { OPEN, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private MaterialLot lot;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private InspectionDecision decision;

    private String comment;
    private Instant openedAt;
    private String performedBy;
    private Instant performedAt;

    @Enumerated(EnumType.STRING)
    private InspectionStage stage;

    private boolean reinspection;

    /** The ISO 2859-1 plan the lot is sampled by, when its material samples; all null when the whole lot is judged. */
    private String samplingScheme;
    @Enumerated(EnumType.STRING)
    private SamplingSeverity samplingStage;
    private String sampleCodeLetter;
    private Integer sampleSize;
    private Integer acceptanceNumber;
    private Integer rejectionNumber;

    /** A SPLIT decision after 100 % sorting: the quantities accepted and rejected, and the serials rejected. */
    private BigDecimal acceptedQuantity;
    private BigDecimal rejectedQuantity;
    @Column(columnDefinition = "longtext") // as in V17: LONGTEXT on MariaDB, an unbounded VARCHAR on H2
    @Convert(converter = CommaSeparatedList.class)
    private List<String> rejectedSerials = List.of();

    @Enumerated(EnumType.STRING)
    private InspectionKind kind;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<InspectionResult> results = new ArrayList<>();

    @Version
    private long version;

    protected Inspection() {}

    /** At REDUCED, characteristics marked "skip when reduced" are not sampled. */
    Inspection(MaterialLot lot, String processInstanceId, Instant openedAt, List<InspectionCharacteristic> plan,
               InspectionStage stage, boolean reinspection, InspectionKind kind, SamplingPlan sampling) {
        this.lot = lot;
        this.kind = kind;
        this.processInstanceId = processInstanceId;
        this.openedAt = openedAt;
        this.status = Status.OPEN;
        this.stage = stage;
        this.reinspection = reinspection;
        if (sampling != null) {
            this.samplingScheme = sampling.scheme();
            this.samplingStage = sampling.stage();
            this.sampleCodeLetter = sampling.codeLetter();
            this.sampleSize = sampling.sampleSize();
            this.acceptanceNumber = sampling.acceptanceNumber();
            this.rejectionNumber = sampling.rejectionNumber();
        }
        for (InspectionCharacteristic c : plan) {
            if (stage == InspectionStage.REDUCED && c.isSkipWhenReduced()) {
                continue;
            }
            results.add(new InspectionResult(this, c.getSequence(), c.getName(), c.getUnit(), c.getLowerLimit(),
                    c.getUpperLimit(), c.isPassFail()));
        }
    }

    void complete(InspectionDecision decision, String comment, String performedBy, Instant performedAt) {
        this.status = Status.COMPLETED;
        this.decision = decision;
        this.comment = comment;
        this.performedBy = performedBy;
        this.performedAt = performedAt;
    }

    void recordSplit(BigDecimal accepted, BigDecimal rejected, List<String> serials) {
        this.acceptedQuantity = accepted;
        this.rejectedQuantity = rejected;
        this.rejectedSerials = List.copyOf(serials);
    }

    public BigDecimal getAcceptedQuantity() {
        return acceptedQuantity;
    }

    public BigDecimal getRejectedQuantity() {
        return rejectedQuantity;
    }

    /** The serials a SPLIT rejected, in the order named; empty otherwise. */
    public List<String> getRejectedSerials() {
        return rejectedSerials;
    }

    /** The sampling plan, or empty when the whole lot is judged. */
    public Optional<SamplingPlan> sampling() {
        return samplingScheme == null ? Optional.empty() : Optional.of(new SamplingPlan(samplingScheme, samplingStage,
                sampleCodeLetter, sampleSize, acceptanceNumber, rejectionNumber));
    }

    public InspectionStage getStage() {
        return stage;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public boolean isReinspection() {
        return reinspection;
    }

    public Long getId() {
        return id;
    }

    public MaterialLot getLot() {
        return lot;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Status getStatus() {
        return status;
    }

    public InspectionDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getPerformedBy() {
        return performedBy;
    }

    public Instant getPerformedAt() {
        return performedAt;
    }

    public List<InspectionResult> getResults() {
        return Collections.unmodifiableList(results);
    }
}
