package io.lotline.exports;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The device history record for a signed-in browser (the lot page links it); the API serves the same PDF. */
@Controller
class ExportPageController {
    private final DeviceHistoryRecord deviceHistoryRecord;

    ExportPageController(DeviceHistoryRecord deviceHistoryRecord) {
        this.deviceHistoryRecord = deviceHistoryRecord;
    }

    @GetMapping("/lots/{lotNumber}/record.pdf")
    ResponseEntity<byte[]> deviceHistoryRecord(@PathVariable String lotNumber) {
        return ExportApiController.download(deviceHistoryRecord.pdf(lotNumber), MediaType.APPLICATION_PDF,
                "DHR-" + lotNumber + ".pdf");
    }
}
