package io.lotline.trace;

import java.util.List;

/** The answer of a trace: the root, every record reached, how they are linked, and totals. */
public record Trace(TraceDirection direction, TraceNode root, List<TraceNode> nodes, List<TraceEdge> edges,
                    TraceTotals totals, long traceMillis) {}
