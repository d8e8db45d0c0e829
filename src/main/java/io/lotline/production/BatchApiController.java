package io.lotline.production;

import io.lotline.production.batch.BatchRequest;
import io.lotline.production.batch.BatchService;
import io.lotline.production.batch.BatchSummary;
import io.lotline.production.batch.CompletionRequest;
import io.lotline.production.batch.ConsumptionRequest;
import io.lotline.production.batch.IssueResult;
import io.lotline.production.batch.StartRequest;
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

/** Molding runs for MES integrations: plan, start, issue material, complete; each answers the batch's whole record. */
@RestController
class BatchApiController {
    private final BatchService batches;
    private final BatchRecords records;

    BatchApiController(BatchService batches, BatchRecords records) {
        this.batches = batches;
        this.records = records;
    }

    @PostMapping("/api/batches")
    @ResponseStatus(HttpStatus.CREATED)
    BatchView create(@RequestBody BatchRequest request) {
        return records.view(batches.create(request));
    }

    /** Newest first, one page at a time ({@code page} from 1, {@code size} up to 500; total in X-Total-Count). */
    @GetMapping("/api/batches")
    ResponseEntity<List<BatchSummary>> recent(@RequestParam(required = false) String page,
                                              @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return PagedResponse.of(batches.recent(paging.pageable()), paging);
    }

    @GetMapping("/api/batches/{batchNumber}")
    BatchView batch(@PathVariable String batchNumber) {
        return records.view(batchNumber);
    }

    @PostMapping("/api/batches/{batchNumber}/start")
    BatchView start(@PathVariable String batchNumber, @RequestBody(required = false) StartRequest request) {
        batches.start(batchNumber, request);
        return records.view(batchNumber);
    }

    @PostMapping("/api/batches/{batchNumber}/complete")
    BatchView complete(@PathVariable String batchNumber, @RequestBody CompletionRequest request) {
        batches.complete(batchNumber, request);
        return records.view(batchNumber);
    }

    /** Issues lot quantity into the batch; 409 when the lot may not be used (status, expiry, BOM, quantity, FEFO). */
    @PostMapping("/api/batches/{batchNumber}/consumptions")
    @ResponseStatus(HttpStatus.CREATED)
    IssueResult consume(@PathVariable String batchNumber, @RequestBody ConsumptionRequest request) {
        return batches.consume(batchNumber, request);
    }
}
