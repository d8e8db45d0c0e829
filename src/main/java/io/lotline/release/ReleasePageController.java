package io.lotline.release;

import io.lotline.signature.SignatureRequest;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import io.lotline.web.FormParams;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "Release lot" task page: the production record review, its blockers, and the signed decision. */
@Controller
public class ReleasePageController {
    private final LotReleaseService releases;
    private final TaskWork taskWork;

    public ReleasePageController(LotReleaseService releases, TaskWork taskWork) {
        this.releases = releases;
        this.taskWork = taskWork;
    }

    @GetMapping("/tasks/{id}/release")
    String form(@PathVariable String id, Model model) {
        return show(model, releaseTask(id), Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/release")
    String decide(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response) {
        WorkTask task = releaseTask(id);
        String decision = params.get("decision");
        try {
            releases.decide(task, new ReleaseForm(decision, params.get("comment"), params.get("conditions"),
                    FormParams.optionalDate(params, "validUntil"), customerCodes(params.get("customerCodes")),
                    new SignatureRequest(params.get("password"), meaningOf(decision))));
            return "redirect:/lots/" + task.lotNumber() + "?releaseDecided";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return show(model, task, params, FormErrors.of(e));
        }
    }

    @GetMapping("/lots/{lotNumber}/release-review")
    String review(@PathVariable String lotNumber, Model model) {
        model.addAttribute("review", releases.review(lotNumber));
        return "release/review-page";
    }

    private WorkTask releaseTask(String id) {
        return taskWork.workable(id, LotReleaseService.RELEASE_TASK);
    }

    private String show(Model model, WorkTask task, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("task", task);
        model.addAttribute("review", releases.review(task.lotNumber()));
        model.addAttribute("decisions", ReleaseDecision.values());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "release/task";
    }

    /** The meaning the chosen decision is signed with; an unknown decision is left to the service to refuse. */
    private static String meaningOf(String decision) {
        return Arrays.stream(ReleaseDecision.values()).filter(d -> d.name().equals(decision)).findFirst()
                .map(d -> d.meaning().name()).orElse(null);
    }

    private static List<String> customerCodes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
