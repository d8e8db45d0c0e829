package io.lotline.quarantine;

import io.lotline.signature.SignatureRequest;

/** A QC manager's signed hold on a lot, or release from it. */
public record HoldRequest(String reason, SignatureRequest signature) {}
