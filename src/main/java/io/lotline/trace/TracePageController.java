package io.lotline.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The trace page: a scan or search box, the trace drawn as a graph, totals, and every record reached. */
@Controller
class TracePageController {
    private final TraceService traces;
    private final ObjectMapper objectMapper;

    TracePageController(TraceService traces, ObjectMapper objectMapper) {
        this.traces = traces;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/trace")
    String trace(@RequestParam(required = false) String id, @RequestParam(defaultValue = "BACKWARD") String direction,
                 Model model, HttpServletResponse response) throws JsonProcessingException {
        TraceDirection chosen = "FORWARD".equalsIgnoreCase(direction) ? TraceDirection.FORWARD : TraceDirection.BACKWARD;
        model.addAttribute("id", id);
        model.addAttribute("direction", chosen);
        model.addAttribute("errors", FormErrors.none());
        if (StringUtils.hasText(id)) {
            try {
                Trace trace = traces.trace(id, chosen);
                model.addAttribute("trace", trace);
                // embedded as data for the graph script; "</" is escaped so no value can close the script element
                model.addAttribute("traceJson", objectMapper.writeValueAsString(trace).replace("</", "<\\/"));
            } catch (LotlineException e) {
                response.setStatus(e.status().value());
                model.addAttribute("errors", FormErrors.of(e));
            }
        }
        return "trace/trace";
    }
}
