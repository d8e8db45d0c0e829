package io.lotline.masterdata;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
public record SupplierStatusRequest(String status, @TextField(Kind.MULTI_LINE) String reason) {}
