package io.lotline.trace;

import java.math.BigDecimal;

/**
 * Counts over a trace. {@code units} are finished units: one per serial, or for a lot-tracked finished lot the
 * quantity that reached it; {@code unitsShipped} of them left the plant and {@code unitsInPlant} did not.
 */
public record TraceTotals(BigDecimal units, BigDecimal unitsShipped, BigDecimal unitsInPlant, long lots, long batches,
                          long shipments, long customers) {}
