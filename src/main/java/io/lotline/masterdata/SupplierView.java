package io.lotline.masterdata;

import io.lotline.traceability.Supplier;
import io.lotline.traceability.SupplierStatus;

public record SupplierView(String code, String name, SupplierStatus status) {
    static SupplierView of(Supplier s) {
        return new SupplierView(s.getCode(), s.getName(), s.getStatus());
    }
}
