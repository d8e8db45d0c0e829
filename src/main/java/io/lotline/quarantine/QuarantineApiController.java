package io.lotline.quarantine;

import io.lotline.traceability.LotStatusService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class QuarantineApiController {
    private final QuarantineService quarantine;
    private final LotStatusService lotStatus;

    public QuarantineApiController(QuarantineService quarantine, LotStatusService lotStatus) {
        this.quarantine = quarantine;
        this.lotStatus = lotStatus;
    }

    /** Every quarantined lot with its nonconformance, age and the step it waits for. */
    @GetMapping("/api/quarantine")
    List<QuarantinedLot> quarantined() {
        return quarantine.quarantinedLots();
    }

    /** A QC manager's signed hold (meaning PLACED_ON_HOLD): the lot is quarantined and the quarantine process starts. */
    @PostMapping("/api/lots/{lotNumber}/hold")
    LotStatusResponse hold(@PathVariable String lotNumber, @RequestBody HoldRequest request) {
        quarantine.hold(lotNumber, request);
        return new LotStatusResponse(lotNumber, lotStatus.require(lotNumber).getStatus());
    }

    /** Signed release (meaning RELEASED_FROM_HOLD) of a manual hold whose nonconformance is not yet recorded. */
    @PostMapping("/api/lots/{lotNumber}/release-hold")
    LotStatusResponse releaseHold(@PathVariable String lotNumber, @RequestBody HoldRequest request) {
        quarantine.releaseFromHold(lotNumber, request);
        return new LotStatusResponse(lotNumber, lotStatus.require(lotNumber).getStatus());
    }
}
