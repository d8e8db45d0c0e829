package io.lotline.environment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.web.OneOrMany;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RoomApiController {
    private final RoomService rooms;
    private final ObjectMapper objectMapper;

    RoomApiController(RoomService rooms, ObjectMapper objectMapper) {
        this.rooms = rooms;
        this.objectMapper = objectMapper;
    }

    /** A new room with its ISO class's default limits (admin). */
    @PostMapping("/api/rooms")
    ResponseEntity<RoomView> create(@RequestBody RoomRequest request) {
        RoomView room = rooms.create(request);
        return ResponseEntity.created(URI.create("/api/rooms/" + room.code())).body(room);
    }

    @GetMapping("/api/rooms")
    List<RoomView> all() {
        return rooms.all();
    }

    @GetMapping("/api/rooms/{code}")
    RoomView room(@PathVariable String code) {
        return rooms.view(code);
    }

    /** New limits for some parameters, with the reason (admin); audited old → new. */
    @PutMapping("/api/rooms/{code}/limits")
    RoomView changeLimits(@PathVariable String code, @RequestBody LimitsRequest request) {
        return rooms.changeLimits(code, request);
    }

    /** One reading object, or an array of them; all are recorded or none. */
    @PostMapping("/api/rooms/{code}/readings")
    @ResponseStatus(HttpStatus.CREATED)
    RoomReadingsResult readings(@PathVariable String code, @RequestBody JsonNode body) {
        var readings = OneOrMany.read(body, RoomReadingRequest.class, "reading", objectMapper);
        return rooms.record(code, readings.items(), readings.single());
    }

    /** The room's excursions, newest first. */
    @GetMapping("/api/rooms/{code}/excursions")
    List<ExcursionView> excursions(@PathVariable String code) {
        return rooms.excursions(code);
    }
}
