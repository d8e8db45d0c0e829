package io.lotline.production.hold;

import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.SignatureRequest;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import io.lotline.web.FormParams;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The hold's task forms: a technician's investigation and a QC manager's signed decision. */
@Controller
class HoldTaskPageController {
    private final HoldService holds;
    private final TaskWork taskWork;

    HoldTaskPageController(HoldService holds, TaskWork taskWork) {
        this.holds = holds;
        this.taskWork = taskWork;
    }

    @GetMapping("/tasks/{id}/hold")
    String holdTask(@PathVariable String id, Model model) {
        return showHoldTask(model, holdTask(id), Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/hold")
    String completeHoldTask(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                            HttpServletResponse response) {
        WorkTask task = holdTask(id);
        try {
            if (task.taskKey().equals(HoldService.INVESTIGATE_TASK)) {
                holds.investigate(task, new InvestigationForm(params.get("findings"), params.get("suspectedCause"),
                        FormParams.integerList(params, "affectedCavities"),
                        FormParams.optionalInteger(params, "affectedQuantity")));
            } else {
                holds.decide(task, new HoldDecisionForm(params.get("decision"), params.get("justification"),
                        FormParams.integerList(params, "scrapCavities"), FormParams.optionalInteger(params, "scrapQuantity"),
                        params.containsKey("openCapa"),
                        new SignatureRequest(params.get("password"), SignatureMeaning.APPROVED_HOLD_DECISION.name())));
            }
            return "redirect:/batches/" + task.batchNumber() + "?holdWorked";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showHoldTask(model, task, params, FormErrors.of(e));
        }
    }

    private WorkTask holdTask(String id) {
        return taskWork.workable(id, Set.of(HoldService.INVESTIGATE_TASK, HoldService.DECIDE_TASK));
    }


    private String showHoldTask(Model model, WorkTask task, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("task", task);
        model.addAttribute("hold", holds.viewForTask(task));
        model.addAttribute("decisions", HoldDecision.values());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "production/hold-task";
    }
}
