package io.lotline.production.batch;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Good and scrapped parts of one mold cavity, reported when the run completes. */
@Entity
public class BatchCavityOutput {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    private ProductionBatch batch;

    private int cavity;
    private int goodQuantity;
    private int scrapQuantity;

    protected BatchCavityOutput() {}

    BatchCavityOutput(ProductionBatch batch, int cavity, int goodQuantity, int scrapQuantity) {
        this.batch = batch;
        this.cavity = cavity;
        this.goodQuantity = goodQuantity;
        this.scrapQuantity = scrapQuantity;
    }

    public int getCavity() {
        return cavity;
    }

    public int getGoodQuantity() {
        return goodQuantity;
    }

    public int getScrapQuantity() {
        return scrapQuantity;
    }
}
