package io.lotline.environment;

import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Machines and the rooms they stand in (master data, administrators). A batch asks here for the room of its machine
 * when it is planned and again when it starts; a later move of the machine changes no batch.
 */
@Service
public class MachineService {
    private static final Pattern MACHINE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final MachineRepository machines;
    private final RoomRepository rooms;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public MachineService(MachineRepository machines, RoomRepository rooms, AuditTrail auditTrail, Clock clock) {
        this.machines = machines;
        this.rooms = rooms;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The machine as saved, and whether this call created it. */
    public record Saved(MachineView machine, boolean created) {}

    /** Creates the machine or changes its name and room; audited, old → new. */
    @Transactional
    public Saved put(String machineId, MachineRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (machineId == null || !MACHINE_ID.matcher(machineId).matches()) {
            throw new InvalidInputException("machineId",
                    "1 to 40 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        requireText(request.name(), "name", 120, errors);
        Room room = null;
        if (!StringUtils.hasText(request.roomCode())) {
            errors.add(new FieldError("roomCode", "is required"));
        } else {
            room = rooms.findByCode(request.roomCode().trim()).orElse(null);
            if (room == null) {
                errors.add(new FieldError("roomCode", "no room " + request.roomCode().trim() + "; create the room first"));
            }
        }
        throwIfAny(errors);
        String name = request.name().trim();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Machine> existing = machines.lockByMachineId(machineId);
        if (existing.isEmpty()) {
            Machine machine = machines.save(new Machine(machineId, name, room, now, CurrentUser.id()));
            auditTrail.record(AuditEvent.of(AuditAction.CREATE, "MACHINE", machineId).set("name", name)
                    .set("room", room.getCode()));
            return new Saved(MachineView.of(machine), true);
        }
        Machine machine = existing.get();
        String nameBefore = machine.getName();
        String roomBefore = machine.getRoom().getCode();
        if (!nameBefore.equals(name) || !roomBefore.equals(room.getCode())) {
            machine.change(name, room, now, CurrentUser.id());
            auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "MACHINE", machineId).change("name", nameBefore, name)
                    .change("room", roomBefore, room.getCode()));
        }
        return new Saved(MachineView.of(machine), false);
    }

    @Transactional(readOnly = true)
    public List<MachineView> all() {
        return machines.findAllByOrderByMachineIdAsc().stream().map(MachineView::of).toList();
    }

    @Transactional(readOnly = true)
    public MachineView view(String machineId) {
        return machines.findByMachineId(machineId).map(MachineView::of)
                .orElseThrow(() -> new NotFoundException("Machine " + machineId + " is not registered"));
    }

    @Transactional(readOnly = true)
    public List<MachineView> inRoom(String roomCode) {
        return machines.findByRoomOrderByMachineIdAsc(rooms.require(roomCode)).stream().map(MachineView::of).toList();
    }

    /** The room the machine stands in now; empty for a machine that is not registered. */
    @Transactional(readOnly = true)
    public Optional<Room> roomOf(String machineId) {
        return machines.findByMachineId(machineId).map(Machine::getRoom);
    }
}
