package io.lotline.masterdata;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class MasterDataApiController {
    private final MasterDataService masterData;

    public MasterDataApiController(MasterDataService masterData) {
        this.masterData = masterData;
    }

    @PostMapping("/suppliers")
    @ResponseStatus(HttpStatus.CREATED)
    SupplierView createSupplier(@RequestBody SupplierRequest request) {
        return masterData.createSupplier(request);
    }

    @PutMapping("/suppliers/{code}/status")
    SupplierView changeSupplierStatus(@PathVariable String code, @RequestBody SupplierStatusRequest request) {
        return masterData.changeSupplierStatus(code, request);
    }

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    CustomerView createCustomer(@RequestBody CustomerRequest request) {
        return masterData.createCustomer(request);
    }

    @GetMapping("/customers")
    List<CustomerView> customers() {
        return masterData.customers();
    }

    @GetMapping("/suppliers")
    List<SupplierView> suppliers() {
        return masterData.suppliers();
    }

    @PostMapping("/materials")
    @ResponseStatus(HttpStatus.CREATED)
    MaterialView createMaterial(@RequestBody MaterialRequest request) {
        return masterData.createMaterial(request);
    }

    @GetMapping("/materials")
    List<MaterialView> materials() {
        return masterData.materials();
    }

    @GetMapping("/materials/{partNumber}")
    MaterialView material(@PathVariable String partNumber) {
        return masterData.material(partNumber);
    }
}
