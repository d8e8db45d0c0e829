package io.lotline.capa;

import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.SignatureRequest;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import io.lotline.web.FormParams;
import io.lotline.web.PageLinks;
import io.lotline.web.Paging;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** CAPA list, opening a CAPA by hand, the CAPA page and one form page for every CAPA task. */
@Controller
public class CapaPageController {
    /** Rows the plan form offers; rows left empty are ignored. */
    static final int PLAN_ROWS = 4;
    private static final String EVIDENCE_PREFIX = "evidence.";
    private static final Set<String> TASK_KEYS = Set.of(CapaService.ROOT_CAUSE_TASK, CapaService.PLAN_TASK,
            CapaService.IMPLEMENT_TASK, CapaService.VERIFY_TASK, CapaService.CLOSURE_TASK);

    private final CapaService capas;
    private final TaskWork taskWork;

    public CapaPageController(CapaService capas, TaskWork taskWork) {
        this.capas = capas;
        this.taskWork = taskWork;
    }

    @GetMapping("/capas")
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        return showList(model, Map.of(), FormErrors.none(), Paging.forPage(page, size, model));
    }

    @PostMapping("/capas")
    String open(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        try {
            CapaView capa = capas.open(new OpenCapaRequest(params.get("title"), params.get("description"),
                    identifiers(params, "lotNumbers"), identifiers(params, "batchNumbers"),
                    identifiers(params, "nonconformanceNumbers")));
            return "redirect:/capas/" + capa.capaNumber() + "?opened";
        } catch (InvalidInputException e) {
            response.setStatus(e.status().value());
            return showList(model, params, FormErrors.of(e), Paging.first());
        }
    }

    @GetMapping("/capas/{capaNumber}")
    String capa(@PathVariable String capaNumber, Model model) {
        model.addAttribute("capa", capas.view(capaNumber));
        return "capa/capa";
    }

    @GetMapping("/tasks/{id}/capa")
    String taskForm(@PathVariable String id, Model model) {
        return showTask(model, capaTask(id), Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/capa")
    String completeTask(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                        HttpServletResponse response) {
        WorkTask task = capaTask(id);
        try {
            switch (task.taskKey()) {
                case CapaService.ROOT_CAUSE_TASK ->
                        capas.analyseRootCause(task, new RootCauseForm(params.get("method"), params.get("rootCause")));
                case CapaService.PLAN_TASK -> capas.planActions(task, new ActionPlanForm(plannedActions(params)));
                case CapaService.IMPLEMENT_TASK -> capas.recordImplementation(task, new ImplementationForm(evidence(params)));
                case CapaService.VERIFY_TASK -> capas.verifyEffectiveness(task, new VerificationForm(
                        params.containsKey("effective") ? Boolean.valueOf(params.get("effective")) : null, params.get("notes")));
                default -> capas.approveClosure(task, new ClosureForm(params.get("comment"),
                        new SignatureRequest(params.get("password"), SignatureMeaning.APPROVED_CAPA_CLOSURE.name())));
            }
            return "redirect:/capas/" + task.capaNumber() + "?worked";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showTask(model, task, params, FormErrors.of(e));
        }
    }

    private WorkTask capaTask(String id) {
        return taskWork.workable(id, TASK_KEYS);
    }

    private static List<ActionPlanForm.PlannedAction> plannedActions(Map<String, String> params) {
        List<ActionPlanForm.PlannedAction> actions = new ArrayList<>();
        for (int i = 0; i < PLAN_ROWS; i++) {
            String description = params.get("actions[" + i + "].description");
            if (StringUtils.hasText(description)) {
                actions.add(new ActionPlanForm.PlannedAction(params.get("actions[" + i + "].type"), description,
                        params.get("actions[" + i + "].owner"), FormParams.optionalDate(params, "actions[" + i + "].dueOn")));
            }
        }
        return actions;
    }

    private static List<ImplementationForm.ActionEvidence> evidence(Map<String, String> params) {
        List<ImplementationForm.ActionEvidence> evidence = new ArrayList<>();
        params.forEach((name, value) -> {
            if (name.startsWith(EVIDENCE_PREFIX) && StringUtils.hasText(value)) {
                String action = name.substring(EVIDENCE_PREFIX.length());
                if (!action.matches("\\d{1,4}")) {
                    throw new InvalidInputException("evidence", "no action " + action);
                }
                evidence.add(new ImplementationForm.ActionEvidence(Integer.valueOf(action), value));
            }
        });
        return evidence;
    }

    private static List<String> identifiers(Map<String, String> params, String field) {
        String value = params.get(field);
        return StringUtils.hasText(value) ? Arrays.stream(value.trim().split("[,\\s]+")).toList() : List.of();
    }

    private String showList(Model model, Map<String, String> entered, FormErrors errors, Paging paging) {
        Page<CapaSummary> found = capas.recent(paging.pageable());
        model.addAttribute("capas", found.getContent());
        model.addAttribute("pager", PageLinks.of(paging, found.getTotalElements()));
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "capa/list";
    }

    private String showTask(Model model, WorkTask task, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("task", task);
        model.addAttribute("capa", capas.viewForTask(task));
        model.addAttribute("methods", RootCauseMethod.values());
        model.addAttribute("actionTypes", ActionType.values());
        model.addAttribute("planRows", PLAN_ROWS);
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "capa/task";
    }
}
