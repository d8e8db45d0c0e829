package io.lotline.environment;

import java.util.List;

public record RoomView(String code, String name, int isoClass, List<LimitView> limits, long readings) {}
