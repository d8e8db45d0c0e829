package io.lotline.production.hold;

import io.lotline.signature.SignatureView;
import java.time.Instant;
import java.util.List;

/** An in-process hold with its investigation, decision and signatures. */
public record HoldView(String holdNumber, String batchNumber, HoldOrigin origin, String reason, List<Integer> cavities,
                       Instant openedAt, String openedBy, InProcessHold.Status status, String findings,
                       String suspectedCause, List<Integer> affectedCavities, Integer affectedQuantity,
                       String investigatedBy, HoldDecision decision, String justification, List<Integer> scrapCavities,
                       Integer scrapQuantity, Boolean openCapa, String capaNumber, String decidedBy, Instant decidedAt,
                       List<SignatureView> signatures) {
    static HoldView of(InProcessHold h, List<SignatureView> signatures) {
        return new HoldView(h.getHoldNumber(), h.getBatch().getBatchNumber(), h.getOrigin(), h.getReason(), h.getCavities(),
                h.getOpenedAt(), h.getOpenedBy(), h.getStatus(), h.getFindings(), h.getSuspectedCause(),
                h.getAffectedCavities(), h.getAffectedQuantity(), h.getInvestigatedBy(), h.getDecision(),
                h.getJustification(), h.getScrapCavities(), h.getScrapQuantity(), h.getOpenCapa(), h.getCapaNumber(),
                h.getDecidedBy(), h.getDecidedAt(), signatures);
    }
}
