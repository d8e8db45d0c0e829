package io.lotline.capa;

import io.lotline.signature.SignatureView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A CAPA as {@code GET /api/capas/{capaNumber}} returns it. {@code mayApproveClosure}: while it awaits closure, the
 * active QC managers who may still sign it (four-eyes leaves out its verifier), as "Full Name (user)"; empty otherwise.
 */
public record CapaView(String capaNumber, String title, String description, CapaSource source, CapaStatus status,
                       Instant openedAt, String openedBy, int analysisRound, RootCauseMethod rootCauseMethod,
                       String rootCause, String analysedBy, List<Action> actions, List<LinkedRecord> links,
                       Instant escalatedAt, Boolean verifiedEffective, String verificationNotes, String verifiedBy,
                       String closureComment, String closedBy, Instant closedAt, String openTask,
                       List<SignatureView> signatures, List<String> mayApproveClosure) {
    public record Action(int number, int analysisRound, ActionType type, String description, String owner,
                         LocalDate dueOn, String evidence, String implementedBy, Instant implementedAt) {}

    static CapaView of(CorrectiveAction capa, String openTask, List<SignatureView> signatures,
                       List<String> mayApproveClosure) {
        return new CapaView(capa.getCapaNumber(), capa.getTitle(), capa.getDescription(), capa.getSource(), capa.getStatus(),
                capa.getOpenedAt(), capa.getOpenedBy(), capa.getAnalysisRound(), capa.getRootCauseMethod(),
                capa.getRootCause(), capa.getAnalysedBy(),
                capa.getActions().stream().map(a -> new Action(a.getSeqNo(), a.getAnalysisRound(), a.getType(),
                        a.getDescription(), a.getOwner(), a.getDueOn(), a.getEvidence(), a.getImplementedBy(),
                        a.getImplementedAt())).toList(),
                capa.getLinks().stream().map(l -> new LinkedRecord(l.getRecordType(), l.getRecordId())).toList(),
                capa.getEscalatedAt(), capa.getVerifiedEffective(), capa.getVerificationNotes(), capa.getVerifiedBy(),
                capa.getClosureComment(), capa.getClosedBy(), capa.getClosedAt(), openTask, signatures,
                mayApproveClosure);
    }
}
