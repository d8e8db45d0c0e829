package io.lotline.capa;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import io.lotline.signature.SignatureRequest;

/** The "Approve closure" task form, signed with meaning APPROVED_CAPA_CLOSURE. */
public record ClosureForm(@TextField(Kind.MULTI_LINE) String comment, SignatureRequest signature) {}
