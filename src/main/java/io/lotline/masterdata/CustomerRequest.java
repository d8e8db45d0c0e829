package io.lotline.masterdata;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
public record CustomerRequest(String code, String name, @TextField(Kind.MULTI_LINE) String address) {}
