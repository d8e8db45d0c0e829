package io.lotline.environment;

import java.time.Instant;

public record MachineView(String machineId, String name, String roomCode, Instant updatedAt, String updatedBy) {
    static MachineView of(Machine machine) {
        return new MachineView(machine.getMachineId(), machine.getName(), machine.getRoom().getCode(),
                machine.getUpdatedAt(), machine.getUpdatedBy());
    }
}
