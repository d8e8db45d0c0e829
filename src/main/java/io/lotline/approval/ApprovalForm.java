package io.lotline.approval;

import io.lotline.signature.SignatureRequest;
import java.time.LocalDate;

/** The "Approve conditional release" task form: the decision, its terms, and the manager's signature. */
public record ApprovalForm(Boolean approved, String reason, String conditions, LocalDate validUntil,
                           SignatureRequest signature) {}
