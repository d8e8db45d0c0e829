package io.lotline.labeling;

import io.lotline.traceability.InvalidInputException;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class ScanApiController {
    private final ScanService scans;

    public ScanApiController(ScanService scans) {
        this.scans = scans;
    }

    @PostMapping(value = "/api/scan", consumes = MediaType.APPLICATION_JSON_VALUE)
    ScanResult scanText(@RequestBody ScanRequest request) {
        return scans.scanText(request.text());
    }

    @PostMapping(value = "/api/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ScanResult scanImage(@RequestPart(name = "image", required = false) MultipartFile image) throws IOException {
        if (image == null) {
            throw new InvalidInputException("image", "send the picture in the multipart field 'image'");
        }
        return scans.scanImage(image.getBytes());
    }
}
