package io.lotline.trace;

import java.math.BigDecimal;

/**
 * Counts over a trace. {@code units} are finished units: one per serial, or for a lot-tracked finished lot the
 * quantity that reached it; {@code unitsShipped} of them left the plant, {@code unitsInPlant} are still in stock and
 * {@code unitsScrapped} were scrapped or returned (out of stock without being shipped).
 */
public record TraceTotals(BigDecimal units, BigDecimal unitsShipped, BigDecimal unitsInPlant, BigDecimal unitsScrapped,
                          long lots, long batches, long shipments, long customers) {}
