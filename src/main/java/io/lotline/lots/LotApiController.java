package io.lotline.lots;

import io.lotline.audit.AuditEntryView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/lots")
public class LotApiController {
    private final LotQueries lots;

    public LotApiController(LotQueries lots) {
        this.lots = lots;
    }

    @GetMapping
    List<LotSummary> recent() {
        return lots.recent();
    }

    @GetMapping("/{lotNumber}")
    LotDetails lot(@PathVariable String lotNumber) {
        return lots.details(lotNumber);
    }

    /** The lot's audit entries in chain order. */
    @GetMapping("/{lotNumber}/audit")
    List<AuditEntryView> audit(@PathVariable String lotNumber) {
        return lots.auditTrail(lotNumber);
    }
}
