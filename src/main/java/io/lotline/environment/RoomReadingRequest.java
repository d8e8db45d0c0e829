package io.lotline.environment;

import java.math.BigDecimal;
import java.time.Instant;

/** One measurement of a room's environment; {@code unit} is checked when given, {@code takenAt} defaults to now. */
public record RoomReadingRequest(String parameter, BigDecimal value, String unit, Instant takenAt) {}
