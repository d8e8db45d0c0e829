package io.lotline.production.spc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.web.OneOrMany;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** In-process readings of a batch from operators, scripts and machines. */
@RestController
class ReadingApiController {
    private final ReadingService readings;
    private final ObjectMapper objectMapper;

    ReadingApiController(ReadingService readings, ObjectMapper objectMapper) {
        this.readings = readings;
        this.objectMapper = objectMapper;
    }

    /** One reading object, or an array of them; a violation puts the batch on hold. */
    @PostMapping("/api/batches/{batchNumber}/readings")
    @ResponseStatus(HttpStatus.CREATED)
    ReadingsResult readings(@PathVariable String batchNumber, @RequestBody JsonNode body) {
        var parsed = OneOrMany.read(body, ReadingRequest.class, "reading", objectMapper);
        return readings.record(batchNumber, parsed.items(), parsed.single());
    }
}
