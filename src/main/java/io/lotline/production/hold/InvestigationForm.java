package io.lotline.production.hold;

import io.lotline.web.TextField.Kind;
import io.lotline.web.TextField;
import java.util.List;

/** The "Investigate hold" task form (QC technician). */
public record InvestigationForm(@TextField(Kind.MULTI_LINE) String findings, @TextField(Kind.MULTI_LINE) String suspectedCause, List<Integer> affectedCavities,
                                Integer affectedQuantity) {}
