package io.lotline.recall;

import io.lotline.trace.TraceTotals;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recall as the recall page and API show it: scope, items, customers with shipped and recovered units, and the
 * drill clock ({@code elapsed}: opened until closed, or until now while open).
 */
public record RecallView(String recallNumber, String lotNumber, String reason, boolean mock, RecallStatus status,
                         Instant openedAt, String openedBy, Instant scopedAt, Long traceMillis, Long scopeMillis,
                         TraceTotals affected, BigDecimal unitsRecovered, List<Item> items, List<CustomerNotice> customers,
                         Instant lastNotifiedAt, Boolean effective, String reviewComment, Instant closedAt,
                         String closedBy, Duration elapsed, String processInstanceId) {

    /** The drill clock as H:MM:SS. */
    public String elapsedText() {
        return "%d:%02d:%02d".formatted(elapsed.toHours(), elapsed.toMinutesPart(), elapsed.toSecondsPart());
    }

    public record Item(String type, String id, String status, RecallAction action, String reference) {}

    public record CustomerNotice(String customerCode, String customerName, BigDecimal unitsShipped, boolean notified,
                                 String contact, LocalDate contactedOn, String method, String response,
                                 BigDecimal unitsRecovered, String notifiedBy, Instant notifiedAt) {}

    /** Units the customers have returned so far. */
    static BigDecimal recovered(List<RecallCustomer> customers) {
        return customers.stream().map(RecallCustomer::getUnitsRecovered).filter(q -> q != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    static RecallView of(Recall recall, List<RecallItem> items, List<RecallCustomer> customers, Instant now) {
        Instant lastNotified = customers.stream().map(RecallCustomer::getNotifiedAt).filter(t -> t != null)
                .max(Instant::compareTo).orElse(null);
        return new RecallView(recall.getRecallNumber(), recall.getLotNumber(), recall.getReason(), recall.isMock(),
                recall.getStatus(), recall.getOpenedAt(), recall.getOpenedBy(), recall.getScopedAt(),
                recall.getTraceMillis(), recall.getScopeMillis(), recall.totals(), recovered(customers),
                items.stream().map(i -> new Item(i.getItemType().name(), i.getItemId(), i.getStatus(), i.getAction(),
                        i.getReference())).toList(),
                customers.stream().map(c -> new CustomerNotice(c.getCustomer().getCode(), c.getCustomer().getName(),
                        c.getUnitsShipped().stripTrailingZeros(), c.isNotified(), c.getContact(), c.getContactedOn(),
                        c.getMethod(), c.getResponse(),
                        c.getUnitsRecovered() == null ? null : c.getUnitsRecovered().stripTrailingZeros(),
                        c.getNotifiedBy(), c.getNotifiedAt())).toList(),
                lastNotified, recall.getEffective(), recall.getReviewComment(), recall.getClosedAt(), recall.getClosedBy(),
                Duration.between(recall.getOpenedAt(), recall.getClosedAt() == null ? now : recall.getClosedAt()),
                recall.getProcessInstanceId());
    }
}
