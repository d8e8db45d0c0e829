package io.lotline.quarantine;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import io.lotline.signature.SignatureRequest;
import java.time.LocalDate;

/**
 * The "Decide disposition" task form. {@code returnReference} is required for RETURN_TO_SUPPLIER;
 * {@code conditions} and {@code validUntil} for USE_AS_IS. Signed with meaning APPROVED_DISPOSITION.
 */
public record DispositionForm(String disposition, @TextField(Kind.MULTI_LINE) String justification, String returnReference, @TextField(Kind.MULTI_LINE) String conditions,
                              LocalDate validUntil, SignatureRequest signature) {}
