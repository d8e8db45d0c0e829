package io.lotline.production.hold;

import io.lotline.signature.SignatureRequest;
import io.lotline.web.TextField.Kind;
import io.lotline.web.TextField;
import java.util.List;

/**
 * The "Decide" task form (QC manager, signed with meaning APPROVED_HOLD_DECISION). {@code scrapCavities} and
 * {@code scrapQuantity} are required for SCRAP_CAVITY; {@code openCapa} opens a corrective action in any case.
 */
public record HoldDecisionForm(String decision, @TextField(Kind.MULTI_LINE) String justification, List<Integer> scrapCavities, Integer scrapQuantity,
                               Boolean openCapa, SignatureRequest signature) {}
