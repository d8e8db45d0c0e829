package io.lotline.recall;

import io.lotline.signature.SignatureRequest;

/** The QC manager's signed conclusion: was the recall effective (EFFECTIVE / NOT_EFFECTIVE), and why. */
public record EffectivenessForm(String conclusion, String comment, SignatureRequest signature) {}
