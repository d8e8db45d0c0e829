package io.lotline.inspection;

import io.lotline.traceability.InvalidInputException;
import io.lotline.web.FormErrors;
import io.lotline.web.FormParams;
import io.lotline.workflow.TaskWork;
import io.lotline.workflow.WorkTask;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inspection task form: one input per characteristic ({@code value-<position>}) with its limits beside it. */
@Controller
public class InspectionPageController {
    private final TaskWork taskWork;
    private final InspectionService inspections;

    public InspectionPageController(TaskWork taskWork, InspectionService inspections) {
        this.taskWork = taskWork;
        this.inspections = inspections;
    }

    @GetMapping("/tasks/{id}/inspection")
    String form(@PathVariable String id, Model model) {
        WorkTask task = inspectionTask(id);
        return show(model, task, Map.of(), null, null, FormErrors.none());
    }

    @PostMapping("/tasks/{id}/inspection")
    String submit(@PathVariable String id, @RequestParam Map<String, String> params, Model model) {
        WorkTask task = inspectionTask(id);
        InspectionView inspection = inspections.viewForTask(task);
        // what was entered, shown again on a refusal: each value by its characteristic, the counts by their field
        Map<String, String> entered = new HashMap<>(params);
        IntStream.range(0, inspection.results().size())
                .forEach(i -> entered.put(inspection.results().get(i).characteristic(), params.get("value-" + i)));
        try {
            List<PerformInspectionForm.Result> results = IntStream.range(0, inspection.results().size())
                    .mapToObj(i -> new PerformInspectionForm.Result(inspection.results().get(i).characteristic(),
                            params.get("value-" + i), FormParams.optionalInteger(params, "sample-" + i),
                            FormParams.optionalInteger(params, "defectives-" + i)))
                    .toList();
            inspections.perform(task, new PerformInspectionForm(results, params.get("decision"), params.get("comment"),
                    FormParams.optionalDecimal(params, "acceptedQuantity"), FormParams.optionalDecimal(params, "rejectedQuantity"),
                    FormParams.textList(params, "rejectedSerials")));
            return "redirect:/lots/" + task.lotNumber() + "?inspected";
        } catch (InvalidInputException e) {
            return show(model, task, entered, params.get("decision"), params.get("comment"), FormErrors.of(e));
        }
    }

    private WorkTask inspectionTask(String id) {
        return taskWork.workable(id, Set.of(InspectionService.PERFORM_TASK, InspectionService.FINAL_TASK,
                InspectionService.RETEST_TASK));
    }

    private String show(Model model, WorkTask task, Map<String, String> entered, String decision, String comment,
                        FormErrors errors) {
        InspectionView inspection = inspections.viewForTask(task);
        model.addAttribute("task", task);
        model.addAttribute("inspection", inspection);
        model.addAttribute("entered", entered);
        model.addAttribute("decision", decision);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        return "inspection/form";
    }
}
