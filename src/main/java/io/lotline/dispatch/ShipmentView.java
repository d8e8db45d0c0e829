package io.lotline.dispatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record ShipmentView(String shipmentNumber, String customerCode, String customerName, String orderNumber,
                           String shipTo, Instant shippedAt, String shippedBy, List<Line> lines) {
    public record Line(int line, String lotNumber, String serial, String partNumber, BigDecimal quantity, String unit) {}

    static ShipmentView of(Shipment s) {
        return new ShipmentView(s.getShipmentNumber(), s.getCustomer().getCode(), s.getCustomer().getName(),
                s.getOrderNumber(), s.getShipTo(), s.getShippedAt(), s.getShippedBy(), s.getLines().stream()
                .map(l -> new Line(l.getLineNo(), l.getLot().getLotNumber(),
                        l.getSerial() == null ? null : l.getSerial().getSerial(), l.getLot().getMaterial().getPartNumber(),
                        l.getQuantity(), l.getUnit())).toList());
    }
}
