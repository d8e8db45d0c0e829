package io.lotline.lots;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
public class LotPageController {
    private final LotQueries lots;

    public LotPageController(LotQueries lots) {
        this.lots = lots;
    }

    @GetMapping("/lots")
    String list(Model model) {
        model.addAttribute("lots", lots.recent());
        return "lots/list";
    }

    @GetMapping("/lots/{lotNumber}")
    String lot(@PathVariable String lotNumber, Model model) {
        model.addAttribute("lot", lots.details(lotNumber));
        model.addAttribute("audit", lots.auditTrail(lotNumber));
        return "lots/lot";
    }
}
