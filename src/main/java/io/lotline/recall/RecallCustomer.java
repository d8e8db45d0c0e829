package io.lotline.recall;

import io.lotline.traceability.Customer;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One customer a recall reached: what was shipped to them, and the notification with what they returned. */
@Entity
public class RecallCustomer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recall_id")
    private Recall recall;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    private BigDecimal unitsShipped;
    private String contact;
    private LocalDate contactedOn;
    private String method;
    private String response;
    private BigDecimal unitsRecovered;
    private String notifiedBy;
    private Instant notifiedAt;

    @Version
    private long version;

    protected RecallCustomer() {}

    RecallCustomer(Recall recall, Customer customer, BigDecimal unitsShipped) {
        this.recall = recall;
        this.customer = customer;
        this.unitsShipped = unitsShipped;
    }

    void notified(NotificationForm form, String by, Instant at) {
        this.contact = form.contact().trim();
        this.contactedOn = form.contactedOn();
        this.method = form.method();
        this.response = form.response().trim();
        this.unitsRecovered = form.unitsRecovered();
        this.notifiedBy = by;
        this.notifiedAt = at;
    }

    public boolean isNotified() {
        return notifiedAt != null;
    }

    public Recall getRecall() {
        return recall;
    }

    public Customer getCustomer() {
        return customer;
    }

    public BigDecimal getUnitsShipped() {
        return unitsShipped;
    }

    public String getContact() {
        return contact;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public String getMethod() {
        return method;
    }

    public String getResponse() {
        return response;
    }

    public BigDecimal getUnitsRecovered() {
        return unitsRecovered;
    }

    public String getNotifiedBy() {
        return notifiedBy;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
