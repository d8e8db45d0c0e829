package io.lotline.recall;

import io.lotline.trace.TraceTotals;

/** The answer to opening a recall: its number, the scope it affects, and how long the trace took. */
public record RecallOpened(String recallNumber, TraceTotals affected, long traceMillis) {}
