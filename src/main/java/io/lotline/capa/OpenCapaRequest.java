package io.lotline.capa;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.util.List;

/** A CAPA opened by hand (QC manager); naming nonconformances makes its source NONCONFORMANCE. */
public record OpenCapaRequest(String title, @TextField(Kind.MULTI_LINE) String description, List<String> lotNumbers, List<String> batchNumbers,
                              List<String> nonconformanceNumbers) {}
