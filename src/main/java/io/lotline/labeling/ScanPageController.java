package io.lotline.labeling;

import io.lotline.traceability.InvalidInputException;
import io.lotline.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * The scan box on every page (keyboard-wedge scanners type into it) and the scan page with a photo upload for phones:
 * a known lot or serial opens its page; anything else shows what was read, or what is wrong with it.
 */
@Controller
public class ScanPageController {
    private final ScanService scans;

    public ScanPageController(ScanService scans) {
        this.scans = scans;
    }

    @GetMapping("/scan")
    String scanText(@RequestParam(required = false) String text, Model model, HttpServletResponse response) {
        if (text == null) {
            return show(model, null, null, FormErrors.none());
        }
        try {
            return open(scans.scanText(text), text, model);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return show(model, text, null, FormErrors.of(e));
        }
    }

    @PostMapping("/scan")
    String scanImage(@RequestParam(name = "image", required = false) MultipartFile image, Model model,
                     HttpServletResponse response) throws IOException {
        try {
            return open(scans.scanImage(image == null ? null : image.getBytes()), null, model);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return show(model, null, null, FormErrors.of(e));
        }
    }

    private static String open(ScanResult result, String text, Model model) {
        if (result.match() != null) {
            return "redirect:/" + (result.match().type().equals("SERIAL") ? "serials" : "lots") + "/"
                    + UriUtils.encodePathSegment(result.match().id(), "UTF-8");
        }
        return show(model, text, result, FormErrors.none());
    }

    private static String show(Model model, String text, ScanResult result, FormErrors errors) {
        model.addAttribute("text", text);
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        return "labeling/scan";
    }
}
