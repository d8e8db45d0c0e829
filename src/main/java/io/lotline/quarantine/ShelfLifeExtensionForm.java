package io.lotline.quarantine;

import io.lotline.signature.SignatureRequest;
import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.time.LocalDate;

/**
 * The "Approve shelf-life extension" task form: the lot's new expiry date (after today, at most the material's
 * maximum extension past the date it expired) and why. Signed with meaning APPROVED_SHELF_LIFE_EXTENSION.
 */
public record ShelfLifeExtensionForm(LocalDate expiresOn, @TextField(Kind.MULTI_LINE) String justification,
                                     SignatureRequest signature) {}
