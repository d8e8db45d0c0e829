package io.lotline.capa;

import io.lotline.web.PagedResponse;
import io.lotline.web.Paging;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CapaApiController {
    private final CapaService capas;

    public CapaApiController(CapaService capas) {
        this.capas = capas;
    }

    /** A QC manager opens a CAPA by hand (from nonconformances, lots or batches); its process starts. */
    @PostMapping("/api/capas")
    @ResponseStatus(HttpStatus.CREATED)
    CapaView open(@RequestBody OpenCapaRequest request) {
        return capas.open(request);
    }

    /** Newest first, one page at a time ({@code page} from 1, {@code size} up to 500; total in X-Total-Count). */
    @GetMapping("/api/capas")
    ResponseEntity<List<CapaSummary>> recent(@RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return PagedResponse.of(capas.recent(paging.pageable()), paging);
    }

    @GetMapping("/api/capas/{capaNumber}")
    CapaView capa(@PathVariable String capaNumber) {
        return capas.view(capaNumber);
    }
}
