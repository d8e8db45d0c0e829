package io.lotline.capa;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
/** The "Root cause analysis" task form: the method (FIVE_WHY, FISHBONE, FAULT_TREE, OTHER) and the cause found. */
public record RootCauseForm(String method, @TextField(Kind.MULTI_LINE) String rootCause) {}
