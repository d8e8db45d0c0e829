package io.lotline.production.hold;

import io.lotline.web.TextField.Kind;
import io.lotline.web.TextField;
public record BatchHoldRequest(@TextField(Kind.MULTI_LINE) String reason) {}
