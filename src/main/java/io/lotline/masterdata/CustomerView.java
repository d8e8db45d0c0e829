package io.lotline.masterdata;

import io.lotline.traceability.Customer;

public record CustomerView(String code, String name, String address) {
    public static CustomerView of(Customer c) {
        return new CustomerView(c.getCode(), c.getName(), c.getAddress());
    }
}
