package io.lotline.production.spc;

import io.lotline.production.batch.ProductionBatch;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.List;

/**
 * The SPC state of one series (a batch's readings of one parameter in one cavity), updated reading by reading so a
 * large upload is evaluated in one pass. Without a configured baseline, the centre line and sigma are computed from
 * the first readings as an individuals chart does: the mean, and the average moving range divided by d2 = 1.128.
 */
@Entity
public class SpcSeries {
    private static final double D2_FOR_MOVING_RANGE_OF_TWO = 1.128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    private ProductionBatch batch;

    private String parameter;
    private int cavity;
    private int readings;
    private double baselineSum;
    private double baselineMrSum;
    private Double lastValue;
    private Double centerLine;
    private Double sigma;
    private boolean limitsComputed;
    private String recentZones;

    @Version
    private long version;

    protected SpcSeries() {}

    SpcSeries(ProductionBatch batch, String parameter, int cavity, Double configuredCenterLine, Double configuredSigma) {
        this.batch = batch;
        this.parameter = parameter;
        this.cavity = cavity;
        this.centerLine = configuredCenterLine;
        this.sigma = configuredSigma;
        this.limitsComputed = configuredCenterLine == null;
        this.recentZones = "";
    }

    /** Adds the next reading; returns the Western Electric rules it breaks (none while the baseline is collected). */
    List<SpcRule> accept(double value, int baselineReadings) {
        readings++;
        if (centerLine == null) {
            baselineSum += value;
            if (lastValue != null) {
                baselineMrSum += Math.abs(value - lastValue);
            }
            lastValue = value;
            if (readings == baselineReadings) {
                centerLine = baselineSum / readings;
                sigma = baselineMrSum / (readings - 1) / D2_FOR_MOVING_RANGE_OF_TWO;
            }
            return List.of();
        }
        recentZones = WesternElectricRules.append(recentZones, WesternElectricRules.zone(value, centerLine, sigma));
        return WesternElectricRules.broken(recentZones);
    }

    public String getParameter() {
        return parameter;
    }

    public int getCavity() {
        return cavity;
    }

    public int getReadings() {
        return readings;
    }

    public Double getCenterLine() {
        return centerLine;
    }

    public Double getSigma() {
        return sigma;
    }

    public boolean isLimitsComputed() {
        return limitsComputed;
    }
}
