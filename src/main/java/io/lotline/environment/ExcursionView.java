package io.lotline.environment;

import io.lotline.signature.SignatureView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An excursion as its room's list, a batch's record and the release review show it: the readings' side (level,
 * period, peak, the batches it held) and, for one at the action level, the assessment and the signed decision.
 */
public record ExcursionView(String excursionNumber, String roomCode, RoomParameter parameter, Excursion.Level level,
                            Instant startedAt, Instant endedAt, BigDecimal peak, List<HeldBatch> affectedBatches,
                            Excursion.Status status, String assessment, String assessedBy, Instant assessedAt,
                            List<ExcursionLot> affectedLots, ExcursionDecision decision, String justification,
                            String decidedBy, Instant decidedAt, String capaNumber, SignatureView signature) {
    /** Whether lots made in the room during it wait: an excursion at the action level whose decision is not signed. */
    public boolean blocksRelease() {
        return level == Excursion.Level.ACTION && decision == null;
    }

    /** Whether its signed decision keeps the lot from release: HOLD_LOTS or REJECT, naming the lot. */
    public boolean holdsBack(String lotNumber) {
        return (decision == ExcursionDecision.HOLD_LOTS || decision == ExcursionDecision.REJECT)
                && affectedLots.stream().anyMatch(lot -> lot.lotNumber().equals(lotNumber));
    }

    static ExcursionView of(Excursion e) {
        return new ExcursionView(e.getExcursionNumber(), e.getRoom().getCode(), e.getParameter(), e.getLevel(),
                e.getStartedAt(), e.getEndedAt(), LimitView.plain(e.getPeak()), e.getHeldBatches(), e.getStatus(),
                e.getAssessment(), e.getAssessedBy(), e.getAssessedAt(), e.getLots(), e.getDecision(),
                e.getJustification(), e.getDecidedBy(), e.getDecidedAt(), e.getCapaNumber(),
                e.getSignature() == null ? null : SignatureView.of(e.getSignature()));
    }
}
