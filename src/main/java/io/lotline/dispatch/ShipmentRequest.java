package io.lotline.dispatch;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.math.BigDecimal;
import java.util.List;

/**
 * A shipment to a customer. Each line ships either a quantity of a lot-tracked finished lot ({@code lotNumber},
 * {@code quantity}) or one serialised unit ({@code serial}). Without {@code shipTo} the customer's address is used.
 */
public record ShipmentRequest(String customerCode, String orderNumber, @TextField(Kind.MULTI_LINE) String shipTo, List<Line> lines) {
    public record Line(String lotNumber, BigDecimal quantity, String serial) {}
}
