package io.lotline.security;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
/** Why an administrator deactivates, unlocks or resets an account; it goes into the audit trail. */
public record ReasonRequest(@TextField(Kind.MULTI_LINE) String reason) {}
