package io.lotline.capa;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    @GetMapping("/api/capas")
    List<CapaSummary> recent() {
        return capas.recent();
    }

    @GetMapping("/api/capas/{capaNumber}")
    CapaView capa(@PathVariable String capaNumber) {
        return capas.view(capaNumber);
    }
}
