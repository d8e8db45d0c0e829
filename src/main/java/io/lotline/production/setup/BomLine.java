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

/** One component of a product's bill of materials. */
@Entity
public class BomLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Material product;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    private Material component;

    private BigDecimal quantityPerUnit;

    protected BomLine() {}

    BomLine(Material product, Material component, BigDecimal quantityPerUnit) {
        this.product = product;
        this.component = component;
        this.quantityPerUnit = quantityPerUnit;
    }

    public Material getComponent() {
        return component;
    }

    public BigDecimal getQuantityPerUnit() {
        return quantityPerUnit;
    }
}
