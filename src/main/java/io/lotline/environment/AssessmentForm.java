package io.lotline.environment;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.util.List;

/**
 * The "Assess excursion" task form (QC technician): what the excursion did to the product, and the finished lots
 * made in the room during it that the decision is about (none when it touched no finished lot).
 */
public record AssessmentForm(@TextField(Kind.MULTI_LINE) String assessment, List<String> affectedLots) {}
