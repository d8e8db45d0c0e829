package io.lotline.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One critical tracking event with its key data elements. {@code lotNumber} is the traceability lot code the event
 * concerns: the received lot, the lot a batch produced, or the lot shipped. {@code reference} is the purchase order,
 * batch or shipment number.
 */
public record CriticalTrackingEvent(TrackingEventKind kind, Instant time, String lotNumber, String partNumber,
                                    String description, String gtin, BigDecimal quantity, String unit,
                                    String referenceType, String reference, String sourceCode, String sourceName,
                                    String sourceLot, String destinationCode, String destinationName,
                                    String destinationAddress, String order, List<LotQuantity> inputs,
                                    List<String> serials) {

    /** An input lot of a transformation and the quantity used. */
    public record LotQuantity(String lotNumber, String partNumber, String gtin, BigDecimal quantity, String unit) {}
}
