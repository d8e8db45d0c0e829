package io.lotline.supplier;

import io.lotline.traceability.Material;
import io.lotline.traceability.Supplier;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** One supplier's inspection history for one material: the inputs of the stage decision and its result. */
@Entity
public class SupplierMaterialQuality {
    public enum Result { NONE, PASS, FAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "material_id")
    private Material material;

    @Enumerated(EnumType.STRING)
    private InspectionStage stage;

    private int passesAtStage;
    private int lotsSkipped;

    @Enumerated(EnumType.STRING)
    private Result lastResult;

    private int inspections;
    private int passes;
    private Instant updatedAt;

    @Version
    private long version;

    protected SupplierMaterialQuality() {}

    SupplierMaterialQuality(Supplier supplier, Material material, Instant at) {
        this.supplier = supplier;
        this.material = material;
        this.stage = InspectionStage.NORMAL;
        this.lastResult = Result.NONE;
        this.updatedAt = at;
    }

    /** A new stage starts counting passes afresh; a lot that is inspected ends a run of skipped lots. */
    void applyStage(InspectionStage decided, Instant at) {
        if (decided != stage) {
            stage = decided;
            passesAtStage = 0;
        }
        lotsSkipped = decided == InspectionStage.SKIP ? lotsSkipped + 1 : 0;
        updatedAt = at;
    }

    void recordResult(boolean passed, Instant at) {
        inspections++;
        if (passed) {
            passes++;
            passesAtStage++;
        } else {
            passesAtStage = 0;
        }
        lastResult = passed ? Result.PASS : Result.FAIL;
        updatedAt = at;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public Material getMaterial() {
        return material;
    }

    public InspectionStage getStage() {
        return stage;
    }

    public int getPassesAtStage() {
        return passesAtStage;
    }

    public int getLotsSkipped() {
        return lotsSkipped;
    }

    public Result getLastResult() {
        return lastResult;
    }

    public int getInspections() {
        return inspections;
    }

    public int getPasses() {
        return passes;
    }
}
