package io.lotline.quarantine;

import io.lotline.signature.SignatureRequest;
import java.time.LocalDate;

/**
 * The "Decide disposition" task form. {@code returnReference} is required for RETURN_TO_SUPPLIER;
 * {@code conditions} and {@code validUntil} for USE_AS_IS. Signed with meaning APPROVED_DISPOSITION.
 */
public record DispositionForm(String disposition, String justification, String returnReference, String conditions,
                              LocalDate validUntil, SignatureRequest signature) {}
