package io.lotline.production;

import io.lotline.masterdata.MasterDataService;
import io.lotline.production.batch.BatchRequest;
import io.lotline.production.batch.BatchService;
import io.lotline.production.batch.BatchSummary;
import io.lotline.production.batch.CompletionRequest;
import io.lotline.production.batch.ConsumptionRequest;
import io.lotline.production.batch.SetupConditions;
import io.lotline.production.batch.StartRequest;
import io.lotline.production.hold.BatchHoldRequest;
import io.lotline.production.hold.HoldService;
import io.lotline.production.setup.ProcessParameterView;
import io.lotline.production.setup.ProductSetupService;
import io.lotline.production.spc.ControlCharts;
import io.lotline.production.spc.ReadingRequest;
import io.lotline.production.spc.ReadingService;
import io.lotline.production.spc.ReadingSource;
import io.lotline.signature.SignatureMeaning;
import io.lotline.signature.SignatureRequest;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import io.lotline.web.FormParams;
import io.lotline.web.PageLinks;
import io.lotline.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Batch list and page: start, issue, readings, hold, complete, control charts. */
@Controller
public class BatchPageController {
    private final BatchService batches;
    private final BatchRecords records;
    private final ReadingService readings;
    private final HoldService holds;
    private final ControlCharts charts;
    private final ProductSetupService setup;
    private final MasterDataService masterData;

    public BatchPageController(BatchService batches, BatchRecords records, ReadingService readings, HoldService holds,
                               ControlCharts charts, ProductSetupService setup, MasterDataService masterData) {
        this.batches = batches;
        this.records = records;
        this.readings = readings;
        this.holds = holds;
        this.charts = charts;
        this.setup = setup;
        this.masterData = masterData;
    }

    @GetMapping("/batches")
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
                Model model) {
        return showList(model, Map.of(), FormErrors.none(), Paging.forPage(page, size, model));
    }

    @PostMapping("/batches")
    String create(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        try {
            BatchRequest request = new BatchRequest(params.get("productPartNumber"),
                    FormParams.optionalInteger(params, "plannedQuantity"), params.get("machineId"), params.get("moldId"),
                    FormParams.optionalInteger(params, "cavities"), params.get("shift"), params.get("operator"),
                    setupFrom(params));
            return "redirect:/batches/" + batches.create(request) + "?created";
        } catch (InvalidInputException e) {
            response.setStatus(e.status().value());
            return showList(model, params, FormErrors.of(e), Paging.first());
        }
    }

    @GetMapping("/batches/{batchNumber}")
    String batch(@PathVariable String batchNumber, Model model) {
        return showBatch(model, batchNumber, null, Map.of(), FormErrors.none());
    }

    @PostMapping("/batches/{batchNumber}/start")
    String start(@PathVariable String batchNumber, @RequestParam Map<String, String> params, Model model,
                 HttpServletResponse response) {
        return onBatchPage(batchNumber, "start", params, model, response, "started",
                () -> batches.start(batchNumber, new StartRequest(setupFrom(params))));
    }

    @PostMapping("/batches/{batchNumber}/consumptions")
    String consume(@PathVariable String batchNumber, @RequestParam Map<String, String> params, Model model,
                   HttpServletResponse response) {
        return onBatchPage(batchNumber, "issue", params, model, response, "issued", () -> {
            ConsumptionRequest.FefoOverride override = StringUtils.hasText(params.get("fefoReason"))
                    ? new ConsumptionRequest.FefoOverride(params.get("fefoReason"),
                    new SignatureRequest(params.get("password"), SignatureMeaning.APPROVED_FEFO_OVERRIDE.name()))
                    : null;
            batches.consume(batchNumber, new ConsumptionRequest(params.get("lotNumber"),
                    FormParams.optionalDecimal(params, "quantity"), override));
        });
    }

    @PostMapping("/batches/{batchNumber}/readings")
    String reading(@PathVariable String batchNumber, @RequestParam Map<String, String> params, Model model,
                   HttpServletResponse response) {
        return onBatchPage(batchNumber, "reading", params, model, response, "read", () -> readings.record(batchNumber,
                List.of(new ReadingRequest(params.get("parameter"), FormParams.optionalInteger(params, "cavity"),
                        FormParams.optionalDecimal(params, "value"), null, null, ReadingSource.OPERATOR.name())), true));
    }

    @PostMapping("/batches/{batchNumber}/hold")
    String hold(@PathVariable String batchNumber, @RequestParam Map<String, String> params, Model model,
                HttpServletResponse response) {
        return onBatchPage(batchNumber, "hold", params, model, response, "held",
                () -> holds.holdBatch(batchNumber, new BatchHoldRequest(params.get("reason"))));
    }

    @PostMapping("/batches/{batchNumber}/complete")
    String complete(@PathVariable String batchNumber, @RequestParam Map<String, String> params, Model model,
                    HttpServletResponse response) {
        return onBatchPage(batchNumber, "complete", params, model, response, "completed",
                () -> batches.complete(batchNumber, new CompletionRequest(FormParams.optionalInteger(params, "goodQuantity"),
                        FormParams.optionalInteger(params, "scrapQuantity"), null, params.get("finishedLotNumber"))));
    }

    /** Runs a batch action; a refusal is shown on the batch page next to the form that was sent. */
    private String onBatchPage(String batchNumber, String form, Map<String, String> params, Model model,
                               HttpServletResponse response, String done, Runnable action) {
        try {
            action.run();
            return "redirect:/batches/" + batchNumber + "?" + done;
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showBatch(model, batchNumber, form, params, FormErrors.of(e));
        }
    }

    private String showList(Model model, Map<String, String> entered, FormErrors errors, Paging paging) {
        Page<BatchSummary> found = batches.recent(paging.pageable());
        model.addAttribute("batches", found.getContent());
        model.addAttribute("pager", PageLinks.of(paging, found.getTotalElements()));
        model.addAttribute("products", masterData.materials());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "production/list";
    }

    private String showBatch(Model model, String batchNumber, String failedForm, Map<String, String> entered,
                             FormErrors errors) {
        BatchView batch = records.view(batchNumber);
        List<ProcessParameterView> parameters = setup.processParameters(batch.productPartNumber());
        model.addAttribute("batch", batch);
        model.addAttribute("charts", charts.forBatch(batchNumber, batch.violations(), parameters));
        model.addAttribute("parameters", parameters);
        model.addAttribute("bom", setup.billOfMaterials(batch.productPartNumber()));
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "production/batch";
    }

    private static SetupConditions setupFrom(Map<String, String> params) {
        return new SetupConditions(FormParams.optionalDecimal(params, "setup.dryingTemperature"),
                FormParams.optionalDecimal(params, "setup.dryingTimeHours"),
                FormParams.optionalDecimal(params, "setup.meltTemperature"),
                FormParams.optionalDecimal(params, "setup.injectionPressure"),
                FormParams.optionalDecimal(params, "setup.holdPressure"),
                FormParams.optionalDecimal(params, "setup.cycleTime"));
    }
}
