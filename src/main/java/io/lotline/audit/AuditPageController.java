package io.lotline.audit;

import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.Signatures;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import io.lotline.web.PageLinks;
import io.lotline.web.Paging;
import io.lotline.workflow.ProcessHistory;
import io.lotline.workflow.ProcessTimeline;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's workspace: audit trail search and chain verification, process history, signatures. All reads. */
@Controller
class AuditPageController {
    private final AuditTrail auditTrail;
    private final ProcessHistory processHistory;
    private final Signatures signatures;
    private final Clock clock;

    AuditPageController(AuditTrail auditTrail, ProcessHistory processHistory, Signatures signatures, Clock clock) {
        this.auditTrail = auditTrail;
        this.processHistory = processHistory;
        this.signatures = signatures;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String search(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        model.addAttribute("entered", params);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("errors", FormErrors.none());
        if (params.containsKey("verify")) {
            model.addAttribute("verification", auditTrail.verify());
        }
        if (params.containsKey("search")) {
            try {
                Paging paging = Paging.forPage(params.get("page"), params.get("size"), model);
                Page<AuditEntryView> found = auditTrail.search(AuditQuery.parse(params.get("entityType"),
                        params.get("entityId"), params.get("user"), params.get("action"), params.get("lotNumber"),
                        params.get("from"), params.get("to"), clock.getZone()), paging.pageable());
                model.addAttribute("entries", found.getContent());
                model.addAttribute("pager", PageLinks.of(paging, found.getTotalElements()));
            } catch (LotlineException e) {
                response.setStatus(e.status().value());
                model.addAttribute("errors", FormErrors.of(e));
            }
        }
        return "audit/search";
    }

    @GetMapping("/audit/history")
    String history(@RequestParam(required = false) String id, Model model) {
        model.addAttribute("id", id);
        if (StringUtils.hasText(id)) {
            List<ProcessTimeline> timelines = processHistory.of(id.trim());
            Map<String, List<AuditEntryView>> auditByProcess = new LinkedHashMap<>();
            timelines.forEach(t -> auditByProcess.put(t.processInstanceId(), auditTrail.forProcess(t.processInstanceId())));
            model.addAttribute("timelines", timelines);
            model.addAttribute("auditByProcess", auditByProcess);
        }
        return "audit/history";
    }

    @GetMapping("/audit/signatures")
    String signatures(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        model.addAttribute("entered", params);
        model.addAttribute("meanings", SignatureMeaning.values());
        model.addAttribute("errors", FormErrors.none());
        try {
            model.addAttribute("signatures", signatures.search(params.get("user"), params.get("meaning"),
                    params.get("recordId")));
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("signatures", List.of());
        }
        return "audit/signatures";
    }
}
