package io.lotline.production.spc;

import java.math.BigDecimal;
import java.time.Instant;

/** One in-process reading; {@code cavity} only for per-cavity parameters, {@code takenAt} defaults to now. */
public record ReadingRequest(String parameter, Integer cavity, BigDecimal value, String unit, Instant takenAt,
                             String source) {}
