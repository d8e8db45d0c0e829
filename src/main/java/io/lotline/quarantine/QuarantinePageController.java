package io.lotline.quarantine;

import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.SignatureRequest;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Quarantine list, the nonconformance, disposition and rework task forms, and manual hold / release on the lot page. */
@Controller
public class QuarantinePageController {
    private final QuarantineService quarantine;
    private final TaskWork taskWork;

    public QuarantinePageController(QuarantineService quarantine, TaskWork taskWork) {
        this.quarantine = quarantine;
        this.taskWork = taskWork;
    }

    @GetMapping("/quarantine")
    String list(Model model) {
        model.addAttribute("lots", quarantine.quarantinedLots());
        return "quarantine/list";
    }

    @GetMapping("/tasks/{id}/nonconformance")
    String nonconformanceForm(@PathVariable String id, Model model) {
        WorkTask task = taskWork.workable(id, QuarantineService.RECORD_TASK);
        return show("quarantine/nonconformance", model, task, Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/nonconformance")
    String recordNonconformance(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                                HttpServletResponse response) {
        WorkTask task = taskWork.workable(id, QuarantineService.RECORD_TASK);
        try {
            NonconformanceForm form = new NonconformanceForm(params.get("description"), params.get("defectCategory"),
                    FormParams.optionalDecimal(params, "quantityAffected"), FormParams.textList(params, "serials"));
            return "redirect:/lots/" + quarantine.recordNonconformance(task, form).getLot().getLotNumber() + "?recorded";
        } catch (InvalidInputException e) {
            return refuse("quarantine/nonconformance", model, task, params, response, e);
        }
    }

    @GetMapping("/tasks/{id}/disposition")
    String dispositionForm(@PathVariable String id, Model model) {
        WorkTask task = taskWork.workable(id, QuarantineService.DISPOSITION_TASK);
        return show("quarantine/disposition", model, task, Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/disposition")
    String decideDisposition(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                             HttpServletResponse response) {
        WorkTask task = taskWork.workable(id, QuarantineService.DISPOSITION_TASK);
        try {
            DispositionForm form = new DispositionForm(params.get("disposition"), params.get("justification"),
                    params.get("returnReference"), params.get("conditions"), FormParams.optionalDate(params, "validUntil"),
                    FormParams.optionalDecimal(params, "acceptedQuantity"), FormParams.textList(params, "rejectedSerials"),
                    new SignatureRequest(params.get("password"), SignatureMeaning.APPROVED_DISPOSITION.name()));
            return "redirect:/lots/" + quarantine.decideDisposition(task, form).getLot().getLotNumber() + "?decided";
        } catch (LotlineException e) {
            return refuse("quarantine/disposition", model, task, params, response, e);
        }
    }

    @GetMapping("/tasks/{id}/shelf-life-extension")
    String extensionForm(@PathVariable String id, Model model) {
        WorkTask task = taskWork.workable(id, QuarantineService.EXTENSION_TASK);
        return show("quarantine/shelf-life-extension", model, task, Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/shelf-life-extension")
    String approveExtension(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                            HttpServletResponse response) {
        WorkTask task = taskWork.workable(id, QuarantineService.EXTENSION_TASK);
        try {
            ShelfLifeExtensionForm form = new ShelfLifeExtensionForm(FormParams.optionalDate(params, "expiresOn"),
                    params.get("justification"),
                    new SignatureRequest(params.get("password"), SignatureMeaning.APPROVED_SHELF_LIFE_EXTENSION.name()));
            return "redirect:/lots/" + quarantine.approveShelfLifeExtension(task, form).getLot().getLotNumber() + "?extended";
        } catch (LotlineException e) {
            return refuse("quarantine/shelf-life-extension", model, task, params, response, e);
        }
    }

    @GetMapping("/tasks/{id}/rework")
    String reworkForm(@PathVariable String id, Model model) {
        WorkTask task = taskWork.workable(id, QuarantineService.REWORK_TASK);
        return show("quarantine/rework", model, task, Map.of(), FormErrors.none());
    }

    @PostMapping("/tasks/{id}/rework")
    String recordRework(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                        HttpServletResponse response) {
        WorkTask task = taskWork.workable(id, QuarantineService.REWORK_TASK);
        try {
            quarantine.recordRework(task, new ReworkForm(params.get("description")));
            return "redirect:/lots/" + task.lotNumber() + "?reworked";
        } catch (InvalidInputException e) {
            return refuse("quarantine/rework", model, task, params, response, e);
        }
    }

    @PostMapping("/lots/{lotNumber}/hold")
    String hold(@PathVariable String lotNumber, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return onLotPage(lotNumber, redirect, "held", () -> quarantine.hold(lotNumber, holdRequest(params, SignatureMeaning.PLACED_ON_HOLD)));
    }

    @PostMapping("/lots/{lotNumber}/release-hold")
    String releaseHold(@PathVariable String lotNumber, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return onLotPage(lotNumber, redirect, "releasedFromHold",
                () -> quarantine.releaseFromHold(lotNumber, holdRequest(params, SignatureMeaning.RELEASED_FROM_HOLD)));
    }

    /** Hold and release are buttons on the lot page: a refusal is shown there, above the buttons. */
    private static String onLotPage(String lotNumber, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            return "redirect:/lots/" + lotNumber + "?" + done;
        } catch (InvalidInputException | ActionForbiddenException | ConflictException e) {
            redirect.addFlashAttribute("holdError", e.getMessage());
            return "redirect:/lots/" + lotNumber;
        }
    }

    private static HoldRequest holdRequest(Map<String, String> params, SignatureMeaning meaning) {
        return new HoldRequest(params.get("reason"), new SignatureRequest(params.get("password"), meaning.name()));
    }

    private String refuse(String view, Model model, WorkTask task, Map<String, String> params, HttpServletResponse response,
                          LotlineException refusal) {
        response.setStatus(refusal.status().value());
        return show(view, model, task, params, FormErrors.of(refusal));
    }

    private String show(String view, Model model, WorkTask task, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("task", task);
        model.addAttribute("nc", quarantine.viewForTask(task));
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", DefectCategory.values());
        if (task.taskKey().equals(QuarantineService.DISPOSITION_TASK)) {
            model.addAttribute("dispositions", quarantine.dispositionsFor(task));
        }
        if (task.taskKey().equals(QuarantineService.EXTENSION_TASK)) {
            model.addAttribute("terms", quarantine.extensionTermsFor(task));
        }
        return view;
    }
}
