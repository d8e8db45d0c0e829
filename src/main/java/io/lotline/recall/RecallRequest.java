package io.lotline.recall;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import io.lotline.signature.SignatureRequest;

/** Opens a recall of a suspect lot (or a mock recall drill when {@code mock}), signed by a QC manager. */
public record RecallRequest(String lotNumber, @TextField(Kind.MULTI_LINE) String reason, Boolean mock, SignatureRequest signature) {}
