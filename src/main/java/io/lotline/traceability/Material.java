package io.lotline.traceability;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Item master record. */
@Entity
public class Material {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String partNumber;
    private String description;
    private String gtin;

    @Enumerated(EnumType.STRING)
    private TrackingMode trackingMode;

    private String unit;
    private Integer shelfLifeDays;
    /** How far past its expiry date a lot's shelf life may be extended after a passed re-test; null: never. */
    private Integer maxShelfLifeExtensionDays;
    /** Sampling inspection (ISO 2859-1 single sampling) by inspection level ("II") and AQL; null: the whole lot. */
    private String samplingLevel;
    private BigDecimal samplingAql;

    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<InspectionCharacteristic> inspectionPlan = new ArrayList<>();

    @Version
    private long version;

    protected Material() {}

    public Material(String partNumber, String description, String gtin, TrackingMode trackingMode,
                    String unit, Integer shelfLifeDays, Integer maxShelfLifeExtensionDays) {
        this.partNumber = partNumber;
        this.description = description;
        this.gtin = gtin;
        this.trackingMode = trackingMode;
        this.unit = unit;
        this.shelfLifeDays = shelfLifeDays;
        this.maxShelfLifeExtensionDays = maxShelfLifeExtensionDays;
    }

    public void addCharacteristic(String name, String unit, BigDecimal lowerLimit, BigDecimal upperLimit, boolean passFail,
                                  boolean skipWhenReduced) {
        inspectionPlan.add(new InspectionCharacteristic(this, inspectionPlan.size() + 1, name, unit, lowerLimit, upperLimit,
                passFail, skipWhenReduced));
    }

    /** Inspections of this material's lots sample by the level and AQL given (validated by the caller). */
    public void sampleBy(String inspectionLevel, BigDecimal aql) {
        this.samplingLevel = inspectionLevel;
        this.samplingAql = aql;
    }

    public String getSamplingLevel() {
        return samplingLevel;
    }

    public BigDecimal getSamplingAql() {
        return samplingAql;
    }

    public Long getId() {
        return id;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getGtin() {
        return gtin;
    }

    public TrackingMode getTrackingMode() {
        return trackingMode;
    }

    public String getUnit() {
        return unit;
    }

    public Integer getShelfLifeDays() {
        return shelfLifeDays;
    }

    public Integer getMaxShelfLifeExtensionDays() {
        return maxShelfLifeExtensionDays;
    }

    public List<InspectionCharacteristic> getInspectionPlan() {
        return Collections.unmodifiableList(inspectionPlan);
    }
}
