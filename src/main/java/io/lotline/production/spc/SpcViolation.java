package io.lotline.production.spc;

import io.lotline.production.batch.ProductionBatch;
import io.lotline.production.hold.InProcessHold;
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
import java.math.BigDecimal;
import java.time.Instant;

/** A rule broken by one reading (identified by its series and position), and the hold it caused or joined. */
@Entity
public class SpcViolation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    private ProductionBatch batch;

    private String parameter;
    private int cavity;
    private int seqNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_name")
    private SpcRule rule;

    private BigDecimal reading;
    private String detail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hold_id")
    private InProcessHold hold;

    private Instant detectedAt;

    protected SpcViolation() {}

    SpcViolation(ProductionBatch batch, String parameter, int cavity, int seqNo, SpcRule rule, BigDecimal reading,
                 String detail, Instant detectedAt) {
        this.batch = batch;
        this.parameter = parameter;
        this.cavity = cavity;
        this.seqNo = seqNo;
        this.rule = rule;
        this.reading = reading;
        this.detail = detail;
        this.detectedAt = detectedAt;
    }

    void joinHold(InProcessHold hold) {
        this.hold = hold;
    }

    public String getParameter() {
        return parameter;
    }

    public int getCavity() {
        return cavity;
    }

    public int getSeqNo() {
        return seqNo;
    }

    public SpcRule getRule() {
        return rule;
    }

    public BigDecimal getReading() {
        return reading;
    }

    public String getDetail() {
        return detail;
    }

    public InProcessHold getHold() {
        return hold;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }
}
