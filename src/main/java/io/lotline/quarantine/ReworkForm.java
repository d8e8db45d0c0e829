package io.lotline.quarantine;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
/** The "Rework lot" task form: what was done to the material before it is inspected again. */
public record ReworkForm(@TextField(Kind.MULTI_LINE) String description) {}
