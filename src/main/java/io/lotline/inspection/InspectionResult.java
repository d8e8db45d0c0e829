package io.lotline.inspection;

import io.lotline.traceability.Quantities;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** One characteristic of an inspection, with the limits copied from the plan when the inspection opened. */
@Entity
public class InspectionResult {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Column(name = "seq_no")
    private int sequence;

    private String characteristic;
    private String unit;
    private BigDecimal lowerLimit;
    private BigDecimal upperLimit;
    private boolean passFail;
    private BigDecimal measuredValue;
    private String attributeResult;
    private Boolean withinLimits;
    /** Of a sampled lot's attribute: how many items were inspected, and how many of them were nonconforming. */
    private Integer sampleSize;
    private Integer defectives;

    protected InspectionResult() {}

    InspectionResult(Inspection inspection, int sequence, String characteristic, String unit, BigDecimal lowerLimit,
                     BigDecimal upperLimit, boolean passFail) {
        this.inspection = inspection;
        this.sequence = sequence;
        this.characteristic = characteristic;
        this.unit = unit;
        this.lowerLimit = lowerLimit;
        this.upperLimit = upperLimit;
        this.passFail = passFail;
    }

    boolean accepts(BigDecimal value) {
        return (lowerLimit == null || value.compareTo(lowerLimit) >= 0) && (upperLimit == null || value.compareTo(upperLimit) <= 0);
    }

    void recordMeasurement(BigDecimal value) {
        this.measuredValue = value;
        this.withinLimits = accepts(value);
    }

    void recordAttribute(boolean passed) {
        this.attributeResult = passed ? "PASS" : "FAIL";
        this.withinLimits = passed;
    }

    /** A sampled attribute: PASS while the nonconforming items stay below the plan's rejection number. */
    void recordSample(int inspected, int nonconforming, int rejectionNumber) {
        this.sampleSize = inspected;
        this.defectives = nonconforming;
        recordAttribute(nonconforming < rejectionNumber);
    }

    /** The recorded value as a person reads it: the measurement with its unit, or PASS/FAIL. */
    public String recordedValue() {
        if (passFail) {
            return sampleSize == null || attributeResult == null ? attributeResult
                    : attributeResult + " (" + defectives + " nonconforming of " + sampleSize + ")";
        }
        return measuredValue == null ? null : measuredValue.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
    }

    /** Limits as a person reads them, e.g. "10 – 12 mm", "≥ 5 MPa", "pass/fail". */
    public String limitsText() {
        if (passFail) {
            return "pass/fail";
        }
        return Quantities.range(lowerLimit, upperLimit, unit);
    }

    public int getSequence() {
        return sequence;
    }

    public String getCharacteristic() {
        return characteristic;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getLowerLimit() {
        return lowerLimit;
    }

    public BigDecimal getUpperLimit() {
        return upperLimit;
    }

    public boolean isPassFail() {
        return passFail;
    }

    public BigDecimal getMeasuredValue() {
        return measuredValue;
    }

    public String getAttributeResult() {
        return attributeResult;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public Integer getDefectives() {
        return defectives;
    }

    public Boolean getWithinLimits() {
        return withinLimits;
    }
}
