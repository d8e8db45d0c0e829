package io.lotline.environment;

/** A new classified room: its code (as on the door and in the sensor topics), name and ISO 14644-1 class, 5 to 9. */
public record RoomRequest(String code, String name, Integer isoClass) {}
