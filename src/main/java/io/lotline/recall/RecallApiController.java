package io.lotline.recall;

import io.lotline.web.PagedResponse;
import io.lotline.web.Paging;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** Newest first, one page at a time ({@code page} from 1, {@code size} up to 500; total in X-Total-Count). */
    @GetMapping("/api/recalls")
    ResponseEntity<List<RecallView>> recent(@RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return PagedResponse.of(recalls.recent(paging.pageable()), paging);
    }

    @GetMapping("/api/recalls/{recallNumber}")
    RecallView recall(@PathVariable String recallNumber) {
        return recalls.view(recallNumber);
    }
}
