package io.lotline.production.setup;

import io.lotline.traceability.Material;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A monitored process parameter of a product: spec limits and, when configured, the SPC baseline. */
@Entity
public class ProcessParameter {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Material product;

    private String name;
    private String unit;
    private BigDecimal lowerSpec;
    private BigDecimal upperSpec;
    private BigDecimal centerLine;
    private BigDecimal sigma;
    private boolean perCavity;

    protected ProcessParameter() {}

    ProcessParameter(Material product, String name, String unit, BigDecimal lowerSpec, BigDecimal upperSpec,
                     BigDecimal centerLine, BigDecimal sigma, boolean perCavity) {
        this.product = product;
        this.name = name;
        this.unit = unit;
        this.lowerSpec = lowerSpec;
        this.upperSpec = upperSpec;
        this.centerLine = centerLine;
        this.sigma = sigma;
        this.perCavity = perCavity;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getLowerSpec() {
        return lowerSpec;
    }

    public BigDecimal getUpperSpec() {
        return upperSpec;
    }

    public BigDecimal getCenterLine() {
        return centerLine;
    }

    public BigDecimal getSigma() {
        return sigma;
    }

    public boolean isPerCavity() {
        return perCavity;
    }

    /** True when the value lies outside the spec limits. */
    public boolean outOfSpec(BigDecimal value) {
        return lowerSpec != null && value.compareTo(lowerSpec) < 0 || upperSpec != null && value.compareTo(upperSpec) > 0;
    }
}
