package io.lotline.capa;

import io.lotline.signature.SignatureRequest;

/** The "Approve closure" task form, signed with meaning APPROVED_CAPA_CLOSURE. */
public record ClosureForm(String comment, SignatureRequest signature) {}
