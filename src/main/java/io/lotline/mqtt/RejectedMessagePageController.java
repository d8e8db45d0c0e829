package io.lotline.mqtt;

import io.lotline.web.PageLinks;
import io.lotline.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' page of sensor messages that could not be used, and the state of the MQTT connection. */
@Controller
class RejectedMessagePageController {
    private final RejectedMessages rejected;
    private final MqttIngest ingest;

    RejectedMessagePageController(RejectedMessages rejected, MqttIngest ingest) {
        this.rejected = rejected;
        this.ingest = ingest;
    }

    @GetMapping("/admin/machine-messages")
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
                Model model) {
        Paging paging = Paging.forPage(page, size, model);
        Page<RejectedMessageView> found = rejected.recent(paging.pageable());
        model.addAttribute("messages", found.getContent());
        model.addAttribute("pager", PageLinks.of(paging, found.getTotalElements()));
        model.addAttribute("connection", ingest.state());
        return "mqtt/rejected";
    }
}
