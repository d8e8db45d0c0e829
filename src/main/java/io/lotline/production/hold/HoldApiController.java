package io.lotline.production.hold;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Holds of a batch by hand; the hold's investigation and decision are tasks (/api/tasks). */
@RestController
class HoldApiController {
    private final HoldService holds;

    HoldApiController(HoldService holds) {
        this.holds = holds;
    }

    /** A manual hold with a reason (QC technician or manager); the in-process hold process starts. */
    @PostMapping("/api/batches/{batchNumber}/hold")
    @ResponseStatus(HttpStatus.CREATED)
    HoldView hold(@PathVariable String batchNumber, @RequestBody BatchHoldRequest request) {
        return holds.holdBatch(batchNumber, request);
    }
}
