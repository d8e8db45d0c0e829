package io.lotline.lots;

import io.lotline.audit.AuditEntryView;
import io.lotline.release.LotReleaseService;
import io.lotline.release.ReleaseReview;
import io.lotline.traceability.InvalidInputException;
import io.lotline.web.PagedResponse;
import io.lotline.web.Paging;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/lots")
public class LotApiController {
    private final LotQueries lots;
    private final LotReleaseService releases;
    private final int warningDays;

    public LotApiController(LotQueries lots, LotReleaseService releases,
                            @Value("${lotline.expiry.warning-days}") int warningDays) {
        this.lots = lots;
        this.releases = releases;
        this.warningDays = warningDays;
    }

    /** Newest first, one page at a time ({@code page} from 1, {@code size} up to 500; total in X-Total-Count). */
    @GetMapping
    ResponseEntity<List<LotSummary>> recent(@RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return PagedResponse.of(lots.recent(paging.pageable()), paging);
    }

    /** Released and conditionally released lots whose shelf life ends within {@code days} (default: the configured window). */
    @GetMapping("/expiring")
    List<ExpiringLot> expiring(@RequestParam(required = false) Integer days) {
        if (days != null && (days < 0 || days > 3650)) {
            throw new InvalidInputException("days", "must be between 0 and 3650");
        }
        return lots.expiringWithin(days == null ? warningDays : days);
    }

    @GetMapping("/{lotNumber}")
    LotDetails lot(@PathVariable String lotNumber) {
        return lots.details(lotNumber);
    }

    /** The production record review of a finished lot: inputs, batches, inspections and what blocks its release. */
    @GetMapping("/{lotNumber}/release-review")
    ReleaseReview releaseReview(@PathVariable String lotNumber) {
        return releases.review(lotNumber);
    }

    /** The lot's audit entries in chain order. */
    @GetMapping("/{lotNumber}/audit")
    List<AuditEntryView> audit(@PathVariable String lotNumber) {
        return lots.auditTrail(lotNumber);
    }
}
