package io.lotline.quarantine;

import io.lotline.signature.SignatureRequest;
import io.lotline.web.TextField.Kind;
import io.lotline.web.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The "Decide disposition" task form. {@code returnReference} is required for RETURN_TO_SUPPLIER;
 * {@code conditions} and {@code validUntil} for USE_AS_IS; {@code acceptedQuantity} for SPLIT, with the
 * {@code rejectedSerials} of a serialised lot. Signed with meaning APPROVED_DISPOSITION.
 */
public record DispositionForm(String disposition, @TextField(Kind.MULTI_LINE) String justification, String returnReference,
                              @TextField(Kind.MULTI_LINE) String conditions, LocalDate validUntil,
                              BigDecimal acceptedQuantity, List<String> rejectedSerials, SignatureRequest signature) {
    public DispositionForm {
        rejectedSerials = rejectedSerials == null ? List.of() : rejectedSerials;
    }
}
