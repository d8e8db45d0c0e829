package io.lotline.production;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
public record BatchHoldRequest(@TextField(Kind.MULTI_LINE) String reason) {}
