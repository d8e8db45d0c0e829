package io.lotline.trace;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The id is the rest of the path, so a supplier lot may be given as {@code <supplier code>/<supplier lot number>}. */
@RestController
class TraceApiController {
    private final TraceService traces;

    TraceApiController(TraceService traces) {
        this.traces = traces;
    }

    @GetMapping("/api/trace/forward/{*id}")
    Trace forward(@PathVariable String id) {
        return traces.forward(id.substring(1));
    }

    @GetMapping("/api/trace/backward/{*id}")
    Trace backward(@PathVariable String id) {
        return traces.backward(id.substring(1));
    }
}
