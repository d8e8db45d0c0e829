package io.lotline.traceability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** One line of a material's inspection plan: a measured value within limits, or a pass/fail check. */
@Entity
public class InspectionCharacteristic {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Column(name = "seq_no")
    private int sequence;

    private String name;
    private String unit;
    private BigDecimal lowerLimit;
    private BigDecimal upperLimit;
    private boolean passFail;
    private boolean skipWhenReduced;

    protected InspectionCharacteristic() {}

    InspectionCharacteristic(Material material, int sequence, String name, String unit,
                             BigDecimal lowerLimit, BigDecimal upperLimit, boolean passFail, boolean skipWhenReduced) {
        this.material = material;
        this.sequence = sequence;
        this.name = name;
        this.unit = unit;
        this.lowerLimit = lowerLimit;
        this.upperLimit = upperLimit;
        this.passFail = passFail;
        this.skipWhenReduced = skipWhenReduced;
    }

    public int getSequence() {
        return sequence;
    }

    public String getName() {
        return name;
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

    /** Not sampled when the supplier's material is at the REDUCED inspection stage. */
    public boolean isSkipWhenReduced() {
        return skipWhenReduced;
    }
}
