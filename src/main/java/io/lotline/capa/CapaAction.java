package io.lotline.capa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/** One planned corrective or preventive action, its owner and due date, and the evidence that it was done. */
@Entity
public class CapaAction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "capa_id")
    private CorrectiveAction capa;

    private int analysisRound;
    private int seqNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type")
    private ActionType type;

    private String description;
    private String owner;
    private LocalDate dueOn;
    private String evidence;
    private String implementedBy;
    private Instant implementedAt;

    protected CapaAction() {}

    CapaAction(CorrectiveAction capa, int analysisRound, int seqNo, ActionType type, String description, String owner,
               LocalDate dueOn) {
        this.capa = capa;
        this.analysisRound = analysisRound;
        this.seqNo = seqNo;
        this.type = type;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void implement(String evidence, String by, Instant at) {
        this.evidence = evidence;
        this.implementedBy = by;
        this.implementedAt = at;
    }

    public int getAnalysisRound() {
        return analysisRound;
    }

    public int getSeqNo() {
        return seqNo;
    }

    public ActionType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getImplementedBy() {
        return implementedBy;
    }

    public Instant getImplementedAt() {
        return implementedAt;
    }
}
