package io.lotline.dispatch;

import io.lotline.traceability.Customer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Goods that left the plant for a customer under one order; immutable once written. */
@Entity
public class Shipment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String shipmentNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    private String orderNumber;
    private String shipTo;
    private Instant shippedAt;
    private String shippedBy;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<ShipmentLine> lines = new ArrayList<>();

    protected Shipment() {}

    Shipment(String shipmentNumber, Customer customer, String orderNumber, String shipTo, Instant shippedAt,
             String shippedBy) {
        this.shipmentNumber = shipmentNumber;
        this.customer = customer;
        this.orderNumber = orderNumber;
        this.shipTo = shipTo;
        this.shippedAt = shippedAt;
        this.shippedBy = shippedBy;
    }

    void add(ShipmentLine line) {
        lines.add(line);
    }

    public Long getId() {
        return id;
    }

    public String getShipmentNumber() {
        return shipmentNumber;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getShipTo() {
        return shipTo;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public String getShippedBy() {
        return shippedBy;
    }

    public List<ShipmentLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
