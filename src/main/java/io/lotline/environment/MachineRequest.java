package io.lotline.environment;

/** {@code PUT /api/machines/{machineId}}: the machine's name and the room it stands in. */
public record MachineRequest(String name, String roomCode) {}
