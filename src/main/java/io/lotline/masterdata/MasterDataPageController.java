package io.lotline.masterdata;

import io.lotline.inspection.sampling.InspectionLevel;
import io.lotline.inspection.sampling.SingleSamplingTables;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Suppliers and materials: everyone reads, admins create and change. */
@Controller
public class MasterDataPageController {
    static final int PLAN_ROWS = 6;

    private final MasterDataService masterData;

    public MasterDataPageController(MasterDataService masterData) {
        this.masterData = masterData;
    }

    @GetMapping("/master-data")
    String page(Model model) {
        return show(model, Map.of(), FormErrors.none());
    }

    @PostMapping("/admin/suppliers")
    String createSupplier(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        return attempt(() -> masterData.createSupplier(new SupplierRequest(params.get("code"), params.get("name"),
                params.get("status"))), "supplier.", params, model, response);
    }

    @PostMapping("/admin/suppliers/{code}/status")
    String changeStatus(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                        HttpServletResponse response) {
        return attempt(() -> masterData.changeSupplierStatus(code, new SupplierStatusRequest(params.get("status"),
                params.get("reason"))), "status." + code + ".", params, model, response);
    }

    @PostMapping("/admin/customers")
    String createCustomer(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        return attempt(() -> masterData.createCustomer(new CustomerRequest(params.get("code"), params.get("name"),
                params.get("address"))), "customer.", params, model, response);
    }

    @PostMapping("/admin/materials")
    String createMaterial(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        List<MaterialRequest.Characteristic> plan = new ArrayList<>();
        for (int row = 0; row < PLAN_ROWS; row++) {
            String name = params.get("characteristic" + row);
            if (!StringUtils.hasText(name)) {
                continue;
            }
            try {
                plan.add(new MaterialRequest.Characteristic(name, params.get("unit" + row),
                        decimal(params.get("lower" + row)), decimal(params.get("upper" + row)),
                        params.containsKey("attribute" + row), params.containsKey("skipReduced" + row)));
            } catch (NumberFormatException e) {
                response.setStatus(422);
                return show(model, params, FormErrors.of("material.inspectionPlan",
                        "row " + (row + 1) + ": limits must be numbers"));
            }
        }
        Map<String, Integer> days = new HashMap<>();
        for (String field : List.of("shelfLifeDays", "maxShelfLifeExtensionDays")) {
            try {
                days.put(field, StringUtils.hasText(params.get(field)) ? Integer.valueOf(params.get(field).trim()) : null);
            } catch (NumberFormatException e) {
                response.setStatus(422);
                return show(model, params, FormErrors.of("material." + field, "enter a whole number of days"));
            }
        }
        MaterialRequest.Sampling sampling = null;
        if (StringUtils.hasText(params.get("samplingLevel")) || StringUtils.hasText(params.get("samplingAql"))) {
            try {
                sampling = new MaterialRequest.Sampling(params.get("samplingLevel"), decimal(params.get("samplingAql")));
            } catch (NumberFormatException e) {
                response.setStatus(422);
                return show(model, params, FormErrors.of("material.sampling.aql", "choose an AQL of the list"));
            }
        }
        MaterialRequest request = new MaterialRequest(params.get("partNumber"), params.get("description"),
                params.get("gtin"), params.get("trackingMode"), params.get("unit"), days.get("shelfLifeDays"),
                days.get("maxShelfLifeExtensionDays"), plan, sampling);
        return attempt(() -> masterData.createMaterial(request), "material.", params, model, response);
    }

    private String attempt(Runnable change, String fieldPrefix, Map<String, String> params, Model model,
                           HttpServletResponse response) {
        try {
            change.run();
            return "redirect:/master-data?saved";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return show(model, params, FormErrors.of(e).prefixed(fieldPrefix));
        }
    }

    private static BigDecimal decimal(String value) {
        return StringUtils.hasText(value) ? new BigDecimal(value.trim()) : null;
    }

    private String show(Model model, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("suppliers", masterData.suppliers());
        model.addAttribute("materials", masterData.materials());
        model.addAttribute("customers", masterData.customers());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("planRows", PLAN_ROWS);
        model.addAttribute("inspectionLevels", Arrays.stream(InspectionLevel.values()).map(InspectionLevel::label).toList());
        model.addAttribute("aqls", SingleSamplingTables.AQLS.stream().map(BigDecimal::toPlainString).toList());
        return "masterdata/page";
    }
}
