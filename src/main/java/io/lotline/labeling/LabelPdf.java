package io.lotline.labeling;

import io.lotline.web.PdfDocuments;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Label runs as PDF: a Thymeleaf page per label, rendered at the label stock's size. */
@Component
class LabelPdf {
    record Page(LabelView label, String symbolDataUri) {}

    private final PdfDocuments pdf;

    LabelPdf(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    byte[] render(List<Page> pages) {
        return pdf.render("labeling/serial-labels-pdf", Map.of("pages", pages));
    }
}
