package io.lotline.production;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.traceability.MalformedRequestException;
import io.lotline.web.JsonFields;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Product setup (bill of materials, process parameters) and molding runs, for administrators and MES integrations. */
@RestController
public class ProductionApiController {
    private final ProductSetupService setup;
    private final BatchService batches;
    private final ReadingService readings;
    private final ObjectMapper objectMapper;

    public ProductionApiController(ProductSetupService setup, BatchService batches, ReadingService readings,
                                   ObjectMapper objectMapper) {
        this.setup = setup;
        this.batches = batches;
        this.readings = readings;
        this.objectMapper = objectMapper;
    }

    @PutMapping("/api/materials/{partNumber}/bill-of-materials")
    List<BomLineView> replaceBillOfMaterials(@PathVariable String partNumber, @RequestBody List<BomLineRequest> lines) {
        return setup.replaceBillOfMaterials(partNumber, lines);
    }

    @GetMapping("/api/materials/{partNumber}/bill-of-materials")
    List<BomLineView> billOfMaterials(@PathVariable String partNumber) {
        return setup.billOfMaterials(partNumber);
    }

    @PutMapping("/api/materials/{partNumber}/process-parameters")
    List<ProcessParameterView> replaceProcessParameters(@PathVariable String partNumber,
                                                        @RequestBody List<ProcessParameterRequest> parameters) {
        return setup.replaceProcessParameters(partNumber, parameters);
    }

    @GetMapping("/api/materials/{partNumber}/process-parameters")
    List<ProcessParameterView> processParameters(@PathVariable String partNumber) {
        return setup.processParameters(partNumber);
    }

    @PostMapping("/api/batches")
    @ResponseStatus(HttpStatus.CREATED)
    BatchView create(@RequestBody BatchRequest request) {
        return batches.create(request);
    }

    @GetMapping("/api/batches")
    List<BatchSummary> recent() {
        return batches.recent();
    }

    @GetMapping("/api/batches/{batchNumber}")
    BatchView batch(@PathVariable String batchNumber) {
        return batches.view(batchNumber);
    }

    @PostMapping("/api/batches/{batchNumber}/start")
    BatchView start(@PathVariable String batchNumber, @RequestBody(required = false) StartRequest request) {
        return batches.start(batchNumber, request);
    }

    @PostMapping("/api/batches/{batchNumber}/complete")
    BatchView complete(@PathVariable String batchNumber, @RequestBody CompletionRequest request) {
        return batches.complete(batchNumber, request);
    }

    /** Issues lot quantity into the batch; 409 when the lot may not be used (status, expiry, BOM, quantity, FEFO). */
    @PostMapping("/api/batches/{batchNumber}/consumptions")
    @ResponseStatus(HttpStatus.CREATED)
    IssueResult consume(@PathVariable String batchNumber, @RequestBody ConsumptionRequest request) {
        return batches.consume(batchNumber, request);
    }

    /** A manual hold with a reason (QC technician or manager); the in-process hold process starts. */
    @PostMapping("/api/batches/{batchNumber}/hold")
    @ResponseStatus(HttpStatus.CREATED)
    HoldView hold(@PathVariable String batchNumber, @RequestBody BatchHoldRequest request) {
        return batches.hold(batchNumber, request);
    }

    /** One reading object, or an array of them; a violation puts the batch on hold. */
    @PostMapping("/api/batches/{batchNumber}/readings")
    @ResponseStatus(HttpStatus.CREATED)
    ReadingsResult readings(@PathVariable String batchNumber, @RequestBody JsonNode body) {
        boolean single = body.isObject();
        if (!single && !body.isArray()) {
            throw new MalformedRequestException("Send one reading as a JSON object, or several as a JSON array.");
        }
        List<ReadingRequest> parsed = new ArrayList<>(body.size());
        if (single) {
            parsed.add(parse(body, ""));
        } else {
            for (int i = 0; i < body.size(); i++) {
                parsed.add(body.get(i).isNull() ? null : parse(body.get(i), "[" + i + "]"));
            }
        }
        return readings.record(batchNumber, parsed, single);
    }

    private ReadingRequest parse(JsonNode reading, String position) {
        try {
            return objectMapper.treeToValue(reading, ReadingRequest.class);
        } catch (JsonMappingException e) {
            throw JsonFields.refusal(e, position.isEmpty() ? "" : "Reading " + position + ": ");
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException("Reading " + position + " is not valid JSON.");
        }
    }
}
