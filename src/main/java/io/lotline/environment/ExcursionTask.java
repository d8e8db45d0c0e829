package io.lotline.environment;

import java.time.Instant;
import java.util.List;

/**
 * What an excursion's task page shows: the excursion, the period its product was exposed (from the last reading
 * within the alert limits before it to its end, or now) and the finished lots made in the room in that period.
 */
public record ExcursionTask(ExcursionView excursion, Instant exposedFrom, Instant exposedTo,
                            List<String> lotsMadeMeanwhile) {}
