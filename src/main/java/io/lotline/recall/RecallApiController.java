package io.lotline.recall;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RecallApiController {
    private final RecallService recalls;

    RecallApiController(RecallService recalls) {
        this.recalls = recalls;
    }

    @PostMapping("/api/recalls")
    ResponseEntity<RecallOpened> open(@RequestBody RecallRequest request) {
        RecallOpened opened = recalls.open(request);
        return ResponseEntity.created(URI.create("/api/recalls/" + opened.recallNumber())).body(opened);
    }

    @GetMapping("/api/recalls")
    List<RecallView> recent() {
        return recalls.recent();
    }

    @GetMapping("/api/recalls/{recallNumber}")
    RecallView recall(@PathVariable String recallNumber) {
        return recalls.view(recallNumber);
    }
}
