package io.lotline.production;

import java.util.List;

/** The "Investigate hold" task form (QC technician). */
public record InvestigationForm(String findings, String suspectedCause, List<Integer> affectedCavities,
                                Integer affectedQuantity) {}
