package io.lotline.quarantine;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import io.lotline.signature.SignatureRequest;

/** A QC manager's signed hold on a lot, or release from it. */
public record HoldRequest(@TextField(Kind.MULTI_LINE) String reason, SignatureRequest signature) {}
