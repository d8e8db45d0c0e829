package io.lotline.exports;

import io.lotline.traceability.InvalidInputException;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Records a regulator or customer can be handed: the device history record, FSMA 204 and EPCIS exports. */
@RestController
class ExportApiController {
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CriticalTrackingEvents events;
    private final Fsma204Spreadsheet spreadsheet;
    private final EpcisDocument epcis;
    private final DeviceHistoryRecord deviceHistoryRecord;

    ExportApiController(CriticalTrackingEvents events, Fsma204Spreadsheet spreadsheet, EpcisDocument epcis,
                        DeviceHistoryRecord deviceHistoryRecord) {
        this.events = events;
        this.spreadsheet = spreadsheet;
        this.epcis = epcis;
        this.deviceHistoryRecord = deviceHistoryRecord;
    }

    @GetMapping("/api/lots/{lotNumber}/record.pdf")
    ResponseEntity<byte[]> deviceHistoryRecord(@PathVariable String lotNumber) {
        return download(deviceHistoryRecord.pdf(lotNumber), MediaType.APPLICATION_PDF, "DHR-" + lotNumber + ".pdf");
    }

    @GetMapping("/api/exports/fsma204")
    ResponseEntity<byte[]> fsma204(@RequestParam(required = false) String lotNumber,
                                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestParam(defaultValue = "csv") String format) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"csv".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "must be csv or xlsx");
        }
        var tracked = events.forLot(lotNumber, from, to);
        String name = "FSMA204-" + lotNumber.trim() + (xlsx ? ".xlsx" : ".csv");
        return xlsx ? download(spreadsheet.xlsx(tracked), XLSX, name) : download(spreadsheet.csv(tracked), CSV, name);
    }

    @GetMapping("/api/epcis/events")
    ResponseEntity<Map<String, Object>> epcisEvents(@RequestParam(required = false) String lotNumber,
                                                    @RequestParam(required = false) String from,
                                                    @RequestParam(required = false) String to) {
        return ResponseEntity.ok().contentType(JSON_LD).body(epcis.of(events.forLot(lotNumber, from, to)));
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
