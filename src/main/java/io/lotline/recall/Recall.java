package io.lotline.recall;

import io.lotline.trace.TraceTotals;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A recall, or a mock recall drill, of one suspect lot. */
@Entity
public class Recall {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recallNumber;
    private String lotNumber;
    private String reason;
    private boolean mock;

    @Enumerated(EnumType.STRING)
    private RecallStatus status;

    private Instant openedAt;
    private String openedBy;
    private String processInstanceId;
    private Instant scopedAt;
    private Long traceMillis;
    private Long scopeMillis;
    private BigDecimal units;
    private BigDecimal unitsShipped;
    private BigDecimal unitsInPlant;
    private BigDecimal unitsScrapped;
    private Long lots;
    private Long batches;
    private Long shipments;
    private Long customers;
    private Boolean effective;
    private String reviewComment;
    private Instant closedAt;
    private String closedBy;

    @Version
    private long version;

    protected Recall() {}

    Recall(String recallNumber, String lotNumber, String reason, boolean mock, Instant openedAt, String openedBy) {
        this.recallNumber = recallNumber;
        this.lotNumber = lotNumber;
        this.reason = reason;
        this.mock = mock;
        this.status = RecallStatus.SCOPING;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void scoped(TraceTotals totals, long traceMillis, long scopeMillis, Instant at) {
        this.units = totals.units();
        this.unitsShipped = totals.unitsShipped();
        this.unitsInPlant = totals.unitsInPlant();
        this.unitsScrapped = totals.unitsScrapped();
        this.lots = totals.lots();
        this.batches = totals.batches();
        this.shipments = totals.shipments();
        this.customers = totals.customers();
        this.traceMillis = traceMillis;
        this.scopeMillis = scopeMillis;
        this.scopedAt = at;
        this.status = totals.customers() == 0 ? RecallStatus.IN_REVIEW : RecallStatus.NOTIFYING;
    }

    void allNotified() {
        this.status = RecallStatus.IN_REVIEW;
    }

    void close(boolean effective, String comment, String by, Instant at) {
        this.effective = effective;
        this.reviewComment = comment;
        this.closedBy = by;
        this.closedAt = at;
        this.status = RecallStatus.CLOSED;
    }

    /** What the opening signature attests. */
    String openingContent() {
        return String.join("|", "RECALL", recallNumber, lotNumber, String.valueOf(mock), reason, openedBy,
                openedAt.toString());
    }

    String reviewContent() {
        return String.join("|", "RECALL_REVIEW", recallNumber, String.valueOf(effective), reviewComment, closedBy,
                closedAt.toString(), String.valueOf(unitsShipped));
    }

    TraceTotals totals() {
        return new TraceTotals(units, unitsShipped, unitsInPlant, unitsScrapped, lots == null ? 0 : lots, batches == null ? 0 : batches,
                shipments == null ? 0 : shipments, customers == null ? 0 : customers);
    }

    public Long getId() {
        return id;
    }

    public String getRecallNumber() {
        return recallNumber;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public String getReason() {
        return reason;
    }

    public boolean isMock() {
        return mock;
    }

    public RecallStatus getStatus() {
        return status;
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

    public Instant getScopedAt() {
        return scopedAt;
    }

    public Long getTraceMillis() {
        return traceMillis;
    }

    public Long getScopeMillis() {
        return scopeMillis;
    }

    public Boolean getEffective() {
        return effective;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
