package io.lotline.capa;

import io.lotline.signature.ElectronicSignature;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A corrective and preventive action (ISO 13485 §8.5.2/§8.5.3): cause, actions, evidence, effectiveness, closure. */
@Entity
@Table(name = "capa")
public class CorrectiveAction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String capaNumber;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private CapaSource source;

    @Enumerated(EnumType.STRING)
    private CapaStatus status;

    private Instant openedAt;
    private String openedBy;
    private String processInstanceId;
    private int analysisRound;

    @Enumerated(EnumType.STRING)
    @Column(name = "rca_method")
    private RootCauseMethod rootCauseMethod;

    private String rootCause;
    private String analysedBy;
    private Instant escalatedAt;
    private Boolean verifiedEffective;
    private String verificationNotes;
    private String verifiedBy;
    private Instant verifiedAt;
    private String closureComment;
    private String closedBy;
    private Instant closedAt;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signature_id")
    private ElectronicSignature signature;

    @OneToMany(mappedBy = "capa", cascade = CascadeType.ALL)
    @OrderBy("seqNo")
    private List<CapaAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "capa", cascade = CascadeType.ALL)
    @OrderBy("recordType, recordId")
    private List<CapaLink> links = new ArrayList<>();

    @Version
    private long version;

    protected CorrectiveAction() {}

    CorrectiveAction(String capaNumber, String title, String description, CapaSource source, Instant openedAt, String openedBy) {
        this.capaNumber = capaNumber;
        this.title = title;
        this.description = description;
        this.source = source;
        this.status = CapaStatus.ROOT_CAUSE_ANALYSIS;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.analysisRound = 1;
    }

    void link(String recordType, String recordId) {
        links.add(new CapaLink(this, recordType, recordId));
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void analyse(RootCauseMethod method, String cause, String by) {
        this.rootCauseMethod = method;
        this.rootCause = cause;
        this.analysedBy = by;
        this.status = CapaStatus.ACTION_PLANNING;
    }

    CapaAction plan(ActionType type, String description, String owner, LocalDate dueOn) {
        CapaAction action = new CapaAction(this, analysisRound, actions.size() + 1, type, description, owner, dueOn);
        actions.add(action);
        return action;
    }

    void startImplementation() {
        this.status = CapaStatus.IMPLEMENTATION;
    }

    void awaitEffectivenessCheck() {
        this.status = CapaStatus.EFFECTIVENESS_CHECK;
    }

    void escalate(Instant at) {
        this.escalatedAt = at;
    }

    void startVerification() {
        this.status = CapaStatus.VERIFICATION;
    }

    void verify(boolean effective, String notes, String by, Instant at) {
        this.verifiedEffective = effective;
        this.verificationNotes = notes;
        this.verifiedBy = by;
        this.verifiedAt = at;
        if (effective) {
            this.status = CapaStatus.CLOSURE_APPROVAL;
        } else {
            this.status = CapaStatus.ROOT_CAUSE_ANALYSIS;
            this.analysisRound++;
        }
    }

    void close(String comment, String by, Instant at) {
        this.closureComment = comment;
        this.closedBy = by;
        this.closedAt = at;
        this.status = CapaStatus.CLOSED;
    }

    void attach(ElectronicSignature signature) {
        this.signature = signature;
    }

    /** The actions of the current analysis round: the ones being planned, implemented and verified now. */
    List<CapaAction> currentActions() {
        return actions.stream().filter(a -> a.getAnalysisRound() == analysisRound).toList();
    }

    /** The canonical content the closure signature is bound to. */
    String signedContent() {
        StringBuilder content = new StringBuilder(String.join("|", "CAPA", capaNumber, title, String.valueOf(rootCauseMethod),
                rootCause, String.valueOf(verifiedEffective), verificationNotes, verifiedBy, closureComment, closedBy,
                String.valueOf(closedAt)));
        currentActions().forEach(a -> content.append('|').append(a.getSeqNo()).append(':').append(a.getType()).append(':')
                .append(a.getDescription()).append(':').append(a.getEvidence()));
        return content.toString();
    }

    public String getCapaNumber() {
        return capaNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public CapaSource getSource() {
        return source;
    }

    public CapaStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public int getAnalysisRound() {
        return analysisRound;
    }

    public RootCauseMethod getRootCauseMethod() {
        return rootCauseMethod;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getAnalysedBy() {
        return analysedBy;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Boolean getVerifiedEffective() {
        return verifiedEffective;
    }

    public String getVerificationNotes() {
        return verificationNotes;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getClosureComment() {
        return closureComment;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<CapaAction> getActions() {
        return Collections.unmodifiableList(actions);
    }

    public List<CapaLink> getLinks() {
        return Collections.unmodifiableList(links);
    }
}
