package io.lotline.approval;

import io.lotline.inspection.InspectionService;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.SignatureRequest;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.InvalidInputException;
import io.lotline.web.FormErrors;
import io.lotline.web.FormParams;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The concession approval form: results with out-of-limit values highlighted, decision, terms and signature dialog. */
@Controller
public class ApprovalPageController {
    private final TaskWork taskWork;
    private final InspectionService inspections;
    private final ConcessionService concessions;

    public ApprovalPageController(TaskWork taskWork, InspectionService inspections, ConcessionService concessions) {
        this.taskWork = taskWork;
        this.inspections = inspections;
        this.concessions = concessions;
    }

    @GetMapping("/tasks/{id}/approval")
    String form(@PathVariable String id, Model model) {
        return show(model, approvalTask(id), Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/approval")
    String submit(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response) {
        WorkTask task = approvalTask(id);
        Boolean approved = params.containsKey("approved") ? Boolean.valueOf(params.get("approved")) : null;
        SignatureMeaning meaning = Boolean.FALSE.equals(approved) ? SignatureMeaning.REJECTED_CONDITIONAL_RELEASE
                : SignatureMeaning.APPROVED_CONDITIONAL_RELEASE;
        try {
            concessions.decide(task, new ApprovalForm(approved, params.get("reason"), params.get("conditions"),
                    FormParams.optionalDate(params, "validUntil"),
                    new SignatureRequest(params.get("password"), meaning.name())));
            return "redirect:/lots/" + task.lotNumber() + "?decided";
        } catch (InvalidInputException e) {
            return show(model, task, params, FormErrors.of(e));
        } catch (ActionForbiddenException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(model, task, params, FormErrors.of("signature", e.getMessage()));
        }
    }

    private WorkTask approvalTask(String id) {
        return taskWork.workable(id, ConcessionService.APPROVAL_TASK);
    }

    private String show(Model model, WorkTask task, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("task", task);
        model.addAttribute("inspection", inspections.viewForTask(task));
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "approval/form";
    }
}
