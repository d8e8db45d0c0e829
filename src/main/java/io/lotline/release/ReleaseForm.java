package io.lotline.release;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import io.lotline.signature.SignatureRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * The QC manager's release decision. CONDITIONAL_RELEASE needs {@code conditions} and {@code validUntil}, and may
 * name the only customers the lot may be shipped to.
 */
public record ReleaseForm(String decision, @TextField(Kind.MULTI_LINE) String comment, @TextField(Kind.MULTI_LINE) String conditions, LocalDate validUntil,
                          List<String> customerCodes, SignatureRequest signature) {}
