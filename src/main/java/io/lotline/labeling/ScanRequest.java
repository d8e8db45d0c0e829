package io.lotline.labeling;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;

/**
 * Scanned or typed text: an element string (with or without symbology identifier), (01)… form, or Digital Link. A
 * hardware scanner sends FNC1 as the group separator, the one control character it may hold.
 */
public record ScanRequest(@TextField(Kind.GS1_ELEMENT_STRING) String text) {}
