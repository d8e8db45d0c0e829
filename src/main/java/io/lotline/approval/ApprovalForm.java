package io.lotline.approval;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import io.lotline.signature.SignatureRequest;
import java.time.LocalDate;

/** The "Approve conditional release" task form: the decision, its terms, and the manager's signature. */
public record ApprovalForm(Boolean approved, @TextField(Kind.MULTI_LINE) String reason, @TextField(Kind.MULTI_LINE) String conditions, LocalDate validUntil,
                           SignatureRequest signature) {}
