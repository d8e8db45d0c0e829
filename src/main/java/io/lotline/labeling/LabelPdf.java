package io.lotline.labeling;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Label runs as PDF: a Thymeleaf page per label, rendered by openhtmltopdf at the label stock's size. */
@Component
class LabelPdf {
    record Page(LabelView label, String symbolDataUri) {}

    private final ITemplateEngine templates;

    LabelPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(List<Page> pages) {
        Context context = new Context();
        context.setVariable("pages", pages);
        String html = templates.process("labeling/serial-labels-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
