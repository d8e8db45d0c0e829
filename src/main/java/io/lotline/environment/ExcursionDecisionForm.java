package io.lotline.environment;

import io.lotline.signature.SignatureRequest;
import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;

/**
 * The "Decide excursion impact" task form (QC manager, not the assessor; signed with meaning
 * APPROVED_EXCURSION_DECISION): NO_IMPACT, HOLD_LOTS or REJECT, why, and whether to open a CAPA.
 */
public record ExcursionDecisionForm(String decision, @TextField(Kind.MULTI_LINE) String justification,
                                    Boolean openCapa, SignatureRequest signature) {}
