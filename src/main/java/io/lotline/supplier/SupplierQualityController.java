package io.lotline.supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The supplier page and its API twin: status, inspection stage and pass rate per material, SCARs. */
@Controller
public class SupplierQualityController {
    private final SupplierQualityService supplierQuality;

    public SupplierQualityController(SupplierQualityService supplierQuality) {
        this.supplierQuality = supplierQuality;
    }

    @GetMapping("/suppliers/{code}")
    String page(@PathVariable String code, Model model) {
        model.addAttribute("supplier", supplierQuality.forSupplier(code));
        return "supplier/page";
    }

    @GetMapping("/api/suppliers/{code}/quality")
    @ResponseBody
    SupplierQualityView quality(@PathVariable String code) {
        return supplierQuality.forSupplier(code);
    }
}
