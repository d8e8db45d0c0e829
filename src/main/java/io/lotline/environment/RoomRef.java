package io.lotline.environment;

/** The room a batch ran in, as its record shows it. */
public record RoomRef(String code, String name, int isoClass) {
    public static RoomRef of(Room room) {
        return room == null ? null : new RoomRef(room.getCode(), room.getName(), room.getIsoClass());
    }

    /** How every record names the room: code, name and class, e.g. "CR-1 · Molding cell 1 (ISO 7)". */
    public String label() {
        return code + " · " + name + " (ISO " + isoClass + ")";
    }
}
