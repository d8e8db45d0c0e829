package io.lotline.lots;

import io.lotline.web.PageLinks;
import io.lotline.web.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LotPageController {
    private final LotQueries lots;
    private final int warningDays;

    public LotPageController(LotQueries lots, @Value("${lotline.expiry.warning-days}") int warningDays) {
        this.lots = lots;
        this.warningDays = warningDays;
    }

    @GetMapping("/lots")
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        Paging paging = Paging.forPage(page, size, model);
        Page<LotSummary> found = lots.recent(paging.pageable());
        model.addAttribute("lots", found.getContent());
        model.addAttribute("pager", PageLinks.of(paging, found.getTotalElements()));
        return "lots/list";
    }

    @GetMapping("/expiring")
    String expiring(Model model) {
        model.addAttribute("expiring", lots.expiringWithin(warningDays));
        model.addAttribute("warningDays", warningDays);
        return "lots/expiring";
    }

    @GetMapping("/serials/{serial}")
    String serial(@PathVariable String serial, Model model) {
        model.addAttribute("serial", lots.serial(serial));
        return "lots/serial";
    }

    @GetMapping("/lots/{lotNumber}")
    String lot(@PathVariable String lotNumber, Model model) {
        model.addAttribute("lot", lots.details(lotNumber));
        model.addAttribute("audit", lots.auditTrail(lotNumber));
        return "lots/lot";
    }
}
