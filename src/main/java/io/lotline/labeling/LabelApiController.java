package io.lotline.labeling;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LabelApiController {
    private final LabelService labels;

    public LabelApiController(LabelService labels) {
        this.labels = labels;
    }

    /** The lot's label symbol as PNG ({@code format}: datamatrix, gs1-128 or qr); 409 unless the lot is released. */
    @GetMapping(value = "/api/lots/{lotNumber}/label", produces = MediaType.IMAGE_PNG_VALUE)
    byte[] lotLabel(@PathVariable String lotNumber, @RequestParam(required = false) String format) {
        LabelFormat labelFormat = LabelFormat.fromParameter(format);
        return labels.png(labels.lotLabel(lotNumber), labelFormat);
    }

    @GetMapping(value = "/api/serials/{serial}/label", produces = MediaType.IMAGE_PNG_VALUE)
    byte[] serialLabel(@PathVariable String serial, @RequestParam(required = false) String format) {
        LabelFormat labelFormat = LabelFormat.fromParameter(format);
        return labels.png(labels.serialLabel(serial), labelFormat);
    }

    /** Prints the labels of every serial of the lot still in the plant as one PDF; the run is audited. */
    @PostMapping(value = "/api/lots/{lotNumber}/serial-labels", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> serialLabels(@PathVariable String lotNumber) {
        return pdf(lotNumber, labels.serialLabelsPdf(lotNumber, done -> { }));
    }

    static ResponseEntity<byte[]> pdf(String lotNumber, byte[] document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("serial-labels-" + lotNumber + ".pdf").build().toString())
                .body(document);
    }
}
