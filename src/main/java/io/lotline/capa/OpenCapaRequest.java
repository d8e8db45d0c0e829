package io.lotline.capa;

import java.util.List;

/** A CAPA opened by hand (QC manager); naming nonconformances makes its source NONCONFORMANCE. */
public record OpenCapaRequest(String title, String description, List<String> lotNumbers, List<String> batchNumbers,
                              List<String> nonconformanceNumbers) {}
