package io.lotline.environment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The rooms and, per room, its limits, readings charted against them, excursions, machines and latest readings. */
@Controller
class RoomPageController {
    private final RoomService rooms;
    private final RoomCharts charts;
    private final MachineService machines;

    RoomPageController(RoomService rooms, RoomCharts charts, MachineService machines) {
        this.rooms = rooms;
        this.charts = charts;
        this.machines = machines;
    }

    @GetMapping("/rooms")
    String list(Model model) {
        model.addAttribute("rooms", rooms.all());
        return "environment/rooms";
    }

    @GetMapping("/rooms/{code}")
    String room(@PathVariable String code, Model model) {
        model.addAttribute("room", rooms.view(code));
        model.addAttribute("excursions", rooms.excursions(code));
        model.addAttribute("readings", rooms.latestReadings(code));
        model.addAttribute("charts", charts.forRoom(code));
        model.addAttribute("machines", machines.inRoom(code));
        return "environment/room";
    }
}
