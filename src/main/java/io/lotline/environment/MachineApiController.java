package io.lotline.environment;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MachineApiController {
    private final MachineService machines;

    MachineApiController(MachineService machines) {
        this.machines = machines;
    }

    /** Registers a machine in a room (201) or changes its name or room (200); admin. */
    @PutMapping("/api/machines/{machineId}")
    ResponseEntity<MachineView> put(@PathVariable String machineId, @RequestBody MachineRequest request) {
        MachineService.Saved saved = machines.put(machineId, request);
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/machines/" + machineId)).body(saved.machine())
                : ResponseEntity.ok(saved.machine());
    }

    @GetMapping("/api/machines")
    List<MachineView> all() {
        return machines.all();
    }

    @GetMapping("/api/machines/{machineId}")
    MachineView machine(@PathVariable String machineId) {
        return machines.view(machineId);
    }
}
