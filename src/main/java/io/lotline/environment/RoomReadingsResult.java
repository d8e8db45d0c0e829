package io.lotline.environment;

import java.util.List;

/** How many readings were recorded, and the excursions they opened, escalated, extended or ended. */
public record RoomReadingsResult(int accepted, List<ExcursionView> excursions) {}
