package io.lotline.labeling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;

/** Label pages (symbols beside their text), their images, and serial label runs as PDF with progress. */
@Controller
public class LabelPageController {
    private final LabelService labels;
    private final LabelPrintJobs jobs;
    private final int backgroundThreshold;

    public LabelPageController(LabelService labels, LabelPrintJobs jobs,
                               @Value("${lotline.labels.background-threshold}") int backgroundThreshold) {
        this.labels = labels;
        this.jobs = jobs;
        this.backgroundThreshold = backgroundThreshold;
    }

    @GetMapping("/lots/{lotNumber}/label")
    String lotLabel(@PathVariable String lotNumber, Model model) {
        return show(model, labels.lotLabel(lotNumber), "/labels/lots/" + UriUtils.encodePathSegment(lotNumber, "UTF-8"));
    }

    @GetMapping("/serials/{serial}/label")
    String serialLabel(@PathVariable String serial, Model model) {
        return show(model, labels.serialLabel(serial), "/labels/serials/" + UriUtils.encodePathSegment(serial, "UTF-8"));
    }

    @GetMapping(value = "/labels/lots/{lotNumber}.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    byte[] lotSymbol(@PathVariable String lotNumber, @RequestParam(required = false) String format) {
        LabelFormat labelFormat = LabelFormat.fromParameter(format);
        return labels.png(labels.lotLabel(lotNumber), labelFormat);
    }

    @GetMapping(value = "/labels/serials/{serial}.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    byte[] serialSymbol(@PathVariable String serial, @RequestParam(required = false) String format) {
        LabelFormat labelFormat = LabelFormat.fromParameter(format);
        return labels.png(labels.serialLabel(serial), labelFormat);
    }

    @GetMapping("/lots/{lotNumber}/serial-labels")
    String serialLabelRun(@PathVariable String lotNumber, Model model) {
        model.addAttribute("lotNumber", lotNumber);
        model.addAttribute("count", labels.serialLabelCount(lotNumber));
        model.addAttribute("backgroundThreshold", backgroundThreshold);
        return "labeling/serial-labels";
    }

    /** A short run comes back as the PDF at once; a long one runs in the background and the page shows its progress. */
    @PostMapping("/lots/{lotNumber}/serial-labels")
    Object printSerialLabels(@PathVariable String lotNumber) {
        int count = labels.serialLabelCount(lotNumber);
        if (count <= backgroundThreshold) {
            return LabelApiController.pdf(lotNumber, labels.serialLabelsPdf(lotNumber, done -> { }));
        }
        return "redirect:/label-jobs/" + jobs.start(lotNumber, count);
    }

    @GetMapping("/label-jobs/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", jobs.progress(id));
        return "labeling/job";
    }

    @GetMapping("/label-jobs/{id}/status")
    @ResponseBody
    LabelPrintJobs.Progress jobStatus(@PathVariable String id) {
        return jobs.progress(id);
    }

    @GetMapping("/label-jobs/{id}/labels.pdf")
    ResponseEntity<byte[]> jobPdf(@PathVariable String id) {
        return LabelApiController.pdf(jobs.progress(id).lotNumber(), jobs.pdf(id));
    }

    private static String show(Model model, LabelView label, String imageBase) {
        model.addAttribute("label", label);
        model.addAttribute("imageBase", imageBase);
        model.addAttribute("formats", LabelFormat.values());
        return "labeling/label";
    }
}
