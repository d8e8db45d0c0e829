package io.lotline.environment;

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

/** An excursion's page, and its task forms: a technician's impact assessment and a QC manager's signed decision. */
@Controller
class ExcursionPageController {
    private final ExcursionService excursions;
    private final TaskWork taskWork;

    ExcursionPageController(ExcursionService excursions, TaskWork taskWork) {
        this.excursions = excursions;
        this.taskWork = taskWork;
    }

    @GetMapping("/excursions/{excursionNumber}")
    String excursion(@PathVariable String excursionNumber, Model model) {
        model.addAttribute("excursion", excursions.view(excursionNumber));
        return "environment/excursion";
    }

    @GetMapping("/tasks/{id}/excursion")
    String task(@PathVariable String id, Model model) {
        return showTask(model, excursionTask(id), Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/excursion")
    String complete(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                    HttpServletResponse response) {
        WorkTask task = excursionTask(id);
        try {
            if (task.taskKey().equals(ExcursionService.ASSESS_TASK)) {
                excursions.assess(task, new AssessmentForm(params.get("assessment"),
                        FormParams.textList(params, "affectedLots")));
                return "redirect:/excursions/" + task.excursionNumber() + "?assessed";
            }
            excursions.decide(task, new ExcursionDecisionForm(params.get("decision"), params.get("justification"),
                    params.containsKey("openCapa"),
                    new SignatureRequest(params.get("password"), SignatureMeaning.APPROVED_EXCURSION_DECISION.name())));
            return "redirect:/excursions/" + task.excursionNumber() + "?decided";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showTask(model, task, params, FormErrors.of(e));
        }
    }

    private WorkTask excursionTask(String id) {
        return taskWork.workable(id, Set.of(ExcursionService.ASSESS_TASK, ExcursionService.DECIDE_TASK));
    }

    private String showTask(Model model, WorkTask task, Map<String, String> entered, FormErrors errors) {
        ExcursionTask work = excursions.forTask(task);
        model.addAttribute("task", task);
        model.addAttribute("work", work);
        model.addAttribute("excursion", work.excursion());
        model.addAttribute("decisions", ExcursionDecision.values());
        model.addAttribute("entered", entered.isEmpty() && task.taskKey().equals(ExcursionService.ASSESS_TASK)
                ? Map.of("affectedLots", String.join("\n", work.lotsMadeMeanwhile())) : entered);
        model.addAttribute("errors", errors);
        return "environment/excursion-task";
    }
}
