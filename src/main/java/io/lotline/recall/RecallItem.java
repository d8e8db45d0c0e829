package io.lotline.recall;

import io.lotline.trace.NodeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A lot or batch in a recall's scope, its status when scoped, and what the recall did with it. */
@Entity
public class RecallItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recall_id")
    private Recall recall;

    @Enumerated(EnumType.STRING)
    private NodeType itemType;

    private String itemId;
    private String status;

    @Enumerated(EnumType.STRING)
    private RecallAction action;

    /** The nonconformance or in-process hold that holds it. */
    private String reference;

    protected RecallItem() {}

    RecallItem(Recall recall, NodeType itemType, String itemId, String status, RecallAction action, String reference) {
        this.recall = recall;
        this.itemType = itemType;
        this.itemId = itemId;
        this.status = status;
        this.action = action;
        this.reference = reference;
    }

    public NodeType getItemType() {
        return itemType;
    }

    public String getItemId() {
        return itemId;
    }

    public String getStatus() {
        return status;
    }

    public RecallAction getAction() {
        return action;
    }

    public String getReference() {
        return reference;
    }
}
