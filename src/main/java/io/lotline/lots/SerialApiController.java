package io.lotline.lots;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SerialApiController {
    private final LotQueries lots;

    public SerialApiController(LotQueries lots) {
        this.lots = lots;
    }

    @GetMapping("/api/serials/{serial}")
    SerialView serial(@PathVariable String serial) {
        return lots.serial(serial);
    }
}
