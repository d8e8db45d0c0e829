package io.lotline.mqtt;

import io.lotline.web.PagedResponse;
import io.lotline.web.Paging;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RejectedMessageApiController {
    private final RejectedMessages rejected;

    RejectedMessageApiController(RejectedMessages rejected) {
        this.rejected = rejected;
    }

    /** Newest first, one page at a time ({@code page} from 1, {@code size} up to 500; total in X-Total-Count). */
    @GetMapping("/api/machine-messages/rejected")
    ResponseEntity<List<RejectedMessageView>> recent(@RequestParam(required = false) String page,
                                                     @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return PagedResponse.of(rejected.recent(paging.pageable()), paging);
    }
}
