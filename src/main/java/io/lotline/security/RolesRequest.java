package io.lotline.security;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.util.List;

public record RolesRequest(List<String> roles, @TextField(Kind.MULTI_LINE) String reason) {}
