package io.lotline.recall;

import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.SignatureRequest;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import io.lotline.web.FormParams;
import io.lotline.web.PageLinks;
import io.lotline.web.Paging;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Recalls: the list and the signed opening form, a recall's page with its clock, and its two task forms. */
@Controller
class RecallPageController {
    private final RecallService recalls;
    private final TaskWork taskWork;

    RecallPageController(RecallService recalls, TaskWork taskWork) {
        this.recalls = recalls;
        this.taskWork = taskWork;
    }

    @GetMapping("/recalls")
    String list(@RequestParam(required = false) String lotNumber, @RequestParam(required = false) String page,
                @RequestParam(required = false) String size, Model model) {
        return showList(model, lotNumber == null ? Map.of() : Map.of("lotNumber", lotNumber), FormErrors.none(),
                Paging.forPage(page, size, model));
    }

    @PostMapping("/recalls")
    String open(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        try {
            RecallOpened opened = recalls.open(new RecallRequest(params.get("lotNumber"), params.get("reason"),
                    params.containsKey("kind") ? "MOCK".equals(params.get("kind")) : null,
                    new SignatureRequest(params.get("password"), SignatureMeaning.OPENED_RECALL.name())));
            return "redirect:/recalls/" + opened.recallNumber() + "?opened";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showList(model, params, FormErrors.of(e), Paging.first());
        }
    }

    @GetMapping("/recalls/{recallNumber}")
    String recall(@PathVariable String recallNumber, Model model) {
        model.addAttribute("recall", recalls.view(recallNumber));
        return "recall/detail";
    }

    @GetMapping("/tasks/{id}/recall-notification")
    String notification(@PathVariable String id, Model model) {
        return showNotification(model, taskWork.workable(id, RecallService.NOTIFY_TASK), Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/recall-notification")
    String notify(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response) {
        WorkTask task = taskWork.workable(id, RecallService.NOTIFY_TASK);
        try {
            String recallNumber = recalls.recordNotification(task, new NotificationForm(params.get("contact"),
                    FormParams.optionalDate(params, "contactedOn"), params.get("method"), params.get("response"),
                    FormParams.optionalDecimal(params, "unitsRecovered")));
            return "redirect:/recalls/" + recallNumber + "?notified";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showNotification(model, task, params, FormErrors.of(e));
        }
    }

    @GetMapping("/tasks/{id}/recall-review")
    String review(@PathVariable String id, Model model) {
        return showReview(model, taskWork.workable(id, RecallService.REVIEW_TASK), Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/recall-review")
    String reviewed(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                    HttpServletResponse response) {
        WorkTask task = taskWork.workable(id, RecallService.REVIEW_TASK);
        try {
            String recallNumber = recalls.reviewEffectiveness(task, new EffectivenessForm(params.get("conclusion"),
                    params.get("comment"),
                    new SignatureRequest(params.get("password"), SignatureMeaning.APPROVED_RECALL_EFFECTIVENESS.name())));
            return "redirect:/recalls/" + recallNumber + "?closed";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showReview(model, task, params, FormErrors.of(e));
        }
    }

    private String showList(Model model, Map<String, String> entered, FormErrors errors, Paging paging) {
        Page<RecallView> found = recalls.recent(paging.pageable());
        model.addAttribute("recalls", found.getContent());
        model.addAttribute("pager", PageLinks.of(paging, found.getTotalElements()));
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "recall/list";
    }

    private String showNotification(Model model, WorkTask task, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("task", task);
        model.addAttribute("notice", recalls.notificationTask(task));
        model.addAttribute("methods", RecallMethod.values());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "recall/notify";
    }

    private String showReview(Model model, WorkTask task, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("task", task);
        model.addAttribute("recall", recalls.forTask(task));
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "recall/review";
    }
}
