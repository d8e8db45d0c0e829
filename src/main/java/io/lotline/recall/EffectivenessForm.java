package io.lotline.recall;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import io.lotline.signature.SignatureRequest;

/** The QC manager's signed conclusion: was the recall effective (EFFECTIVE / NOT_EFFECTIVE), and why. */
public record EffectivenessForm(@TextField(Kind.MULTI_LINE) String conclusion, @TextField(Kind.MULTI_LINE) String comment, SignatureRequest signature) {}
