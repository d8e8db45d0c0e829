package io.lotline.capa;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
/** The "Verify effectiveness" task form; not effective sends the CAPA back to root cause analysis. */
public record VerificationForm(Boolean effective, @TextField(Kind.MULTI_LINE) String notes) {}
