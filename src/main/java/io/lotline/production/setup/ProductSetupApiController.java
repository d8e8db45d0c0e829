package io.lotline.production.setup;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A product's bill of materials and monitored process parameters, for administrators and MES integrations. */
@RestController
class ProductSetupApiController {
    private final ProductSetupService setup;

    ProductSetupApiController(ProductSetupService setup) {
        this.setup = setup;
    }

    @PutMapping("/api/materials/{partNumber}/bill-of-materials")
    List<BomLineView> replaceBillOfMaterials(@PathVariable String partNumber, @RequestBody List<BomLineRequest> lines) {
        return setup.replaceBillOfMaterials(partNumber, lines);
    }

    @GetMapping("/api/materials/{partNumber}/bill-of-materials")
    List<BomLineView> billOfMaterials(@PathVariable String partNumber) {
        return setup.billOfMaterials(partNumber);
    }

    @PutMapping("/api/materials/{partNumber}/process-parameters")
    List<ProcessParameterView> replaceProcessParameters(@PathVariable String partNumber,
                                                        @RequestBody List<ProcessParameterRequest> parameters) {
        return setup.replaceProcessParameters(partNumber, parameters);
    }

    @GetMapping("/api/materials/{partNumber}/process-parameters")
    List<ProcessParameterView> processParameters(@PathVariable String partNumber) {
        return setup.processParameters(partNumber);
    }
}
