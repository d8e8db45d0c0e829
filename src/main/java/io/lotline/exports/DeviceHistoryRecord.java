package io.lotline.exports;

import io.lotline.labeling.LabelService;
import io.lotline.production.BatchView;
import io.lotline.production.hold.HoldView;
import io.lotline.production.setup.ProductSetupService;
import io.lotline.production.spc.ControlCharts;
import io.lotline.release.LotReleaseService;
import io.lotline.release.ReleaseReview;
import io.lotline.signature.Signatures;
import io.lotline.web.PdfDocuments;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device history record of a finished lot as PDF: the production record review (inputs, process conditions,
 * readings with SPC charts, inspections, holds, CAPAs, release), every signature on the lot, its batches, holds and
 * CAPAs with printed name, time and meaning, and the label content.
 */
@Service
public class DeviceHistoryRecord {
    private final LotReleaseService releases;
    private final ProductSetupService setup;
    private final ControlCharts charts;
    private final Signatures signatures;
    private final LabelService labels;
    private final PdfDocuments pdf;
    private final Clock clock;

    DeviceHistoryRecord(LotReleaseService releases, ProductSetupService setup, ControlCharts charts,
                        Signatures signatures, LabelService labels, PdfDocuments pdf, Clock clock) {
        this.releases = releases;
        this.setup = setup;
        this.charts = charts;
        this.signatures = signatures;
        this.labels = labels;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(String lotNumber) {
        ReleaseReview review = releases.review(lotNumber);
        Map<String, List<ControlCharts.Chart>> chartsByBatch = new LinkedHashMap<>();
        Set<String> signedRecords = new LinkedHashSet<>(List.of(lotNumber));
        for (ReleaseReview.BatchRecord record : review.batches()) {
            BatchView batch = record.batch();
            chartsByBatch.put(batch.batchNumber(), charts.forBatch(batch.batchNumber(), batch.violations(),
                    setup.processParameters(batch.productPartNumber())));
            signedRecords.add(record.batch().batchNumber());
            record.batch().holds().stream().map(HoldView::holdNumber).forEach(signedRecords::add);
            record.batch().capas().forEach(capa -> signedRecords.add(capa.capaNumber()));
        }
        review.capas().forEach(capa -> signedRecords.add(capa.capaNumber()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("review", review);
        model.put("charts", chartsByBatch);
        model.put("signatures", signatures.forRecords(new ArrayList<>(signedRecords)));
        model.put("label", labels.labelContent(lotNumber).orElse(null));
        model.put("printedAt", clock.instant());
        return pdf.render("exports/device-history-record", model);
    }
}
