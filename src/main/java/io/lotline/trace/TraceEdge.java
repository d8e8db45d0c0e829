package io.lotline.trace;

import java.math.BigDecimal;

/** {@code from} went into {@code to} (in quantity, in the unit of {@code from}), whatever the trace's direction. */
public record TraceEdge(String from, NodeType fromType, String to, NodeType toType, BigDecimal quantity) {}
