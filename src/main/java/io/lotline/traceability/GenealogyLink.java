package io.lotline.traceability;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** parent → child edge of the genealogy: what went into what, how much, when. */
@Entity
public class GenealogyLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ItemType parentType;

    private String parentId;

    @Enumerated(EnumType.STRING)
    private ItemType childType;

    private String childId;
    private BigDecimal quantity;
    private String unit;
    private Instant linkedAt;
    private String linkedBy;

    protected GenealogyLink() {}

    public GenealogyLink(ItemType parentType, String parentId, ItemType childType, String childId,
                         BigDecimal quantity, String unit, Instant linkedAt, String linkedBy) {
        this.parentType = parentType;
        this.parentId = parentId;
        this.childType = childType;
        this.childId = childId;
        this.quantity = quantity;
        this.unit = unit;
        this.linkedAt = linkedAt;
        this.linkedBy = linkedBy;
    }

    public ItemType getParentType() {
        return parentType;
    }

    public String getParentId() {
        return parentId;
    }

    public ItemType getChildType() {
        return childType;
    }

    public String getChildId() {
        return childId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
