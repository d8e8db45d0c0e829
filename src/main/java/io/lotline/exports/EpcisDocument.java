package io.lotline.exports;

import io.lotline.exports.CriticalTrackingEvent.LotQuantity;
import io.lotline.labeling.Gs1Data;
import io.lotline.labeling.Gs1DigitalLink;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The critical tracking events as a GS1 EPCIS 2.0 JSON-LD document: receiving and shipping as ObjectEvents,
 * production as TransformationEvents. Lots are classes ({@code epcClass}) and serials instances, both as GS1 Digital
 * Link URIs; a material without a GTIN is named by a Lotline URN instead, which EPCIS allows for private classes.
 */
@Component
public class EpcisDocument {
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    private final String digitalLinkBase;
    private final String plantLocation;
    private final Clock clock;

    EpcisDocument(@Value("${lotline.labels.digital-link-base}") String digitalLinkBase,
                  @Value("${lotline.plant.location-uri}") String plantLocation, Clock clock) {
        this.digitalLinkBase = digitalLinkBase;
        this.plantLocation = plantLocation;
        this.clock = clock;
    }

    public Map<String, Object> of(List<CriticalTrackingEvent> events) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of(CONTEXT));
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        document.put("epcisBody", Map.of("eventList", events.stream().map(this::event).toList()));
        return document;
    }

    private Map<String, Object> event(CriticalTrackingEvent e) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", e.kind() == TrackingEventKind.TRANSFORMATION ? "TransformationEvent" : "ObjectEvent");
        event.put("eventID", eventId(e));
        event.put("eventTime", e.time().truncatedTo(ChronoUnit.MILLIS).toString());
        event.put("eventTimeZoneOffset", "+00:00");
        switch (e.kind()) {
            case RECEIVING -> {
                event.put("action", "OBSERVE");
                event.put("bizStep", "receiving");
                event.put("disposition", "in_progress");
                event.put("quantityList", List.of(quantity(e.gtin(), e.partNumber(), e.lotNumber(), e.quantity(), e.unit())));
                event.put("bizTransactionList", List.of(Map.of("type", "po", "bizTransaction", urn("po", e.reference()))));
                event.put("sourceList", List.of(Map.of("type", "owning_party", "source", urn("supplier", e.sourceCode()))));
            }
            case TRANSFORMATION -> {
                List<Map<String, Object>> inputs = new ArrayList<>();
                for (LotQuantity input : e.inputs()) {
                    inputs.add(quantity(input.gtin(), input.partNumber(), input.lotNumber(), input.quantity(), input.unit()));
                }
                event.put("inputQuantityList", inputs);
                event.put("outputQuantityList",
                        List.of(quantity(e.gtin(), e.partNumber(), e.lotNumber(), e.quantity(), e.unit())));
                if (!e.serials().isEmpty()) {
                    event.put("outputEPCList", serials(e));
                }
                event.put("transformationID", urn("batch", e.reference()));
                event.put("bizStep", "commissioning");
                event.put("disposition", "active");
            }
            case SHIPPING -> {
                event.put("action", "OBSERVE");
                event.put("bizStep", "shipping");
                event.put("disposition", "in_transit");
                if (e.serials().isEmpty()) {
                    event.put("quantityList", List.of(quantity(e.gtin(), e.partNumber(), e.lotNumber(), e.quantity(), e.unit())));
                } else {
                    event.put("epcList", serials(e));
                }
                event.put("bizTransactionList", List.of(Map.of("type", "po", "bizTransaction", urn("po", e.order())),
                        Map.of("type", "desadv", "bizTransaction", urn("shipment", e.reference()))));
                event.put("destinationList", List.of(Map.of("type", "owning_party",
                        "destination", urn("customer", e.destinationCode()))));
            }
        }
        event.put("readPoint", Map.of("id", plantLocation));
        return event;
    }

    private List<String> serials(CriticalTrackingEvent e) {
        return e.serials().stream().map(serial -> Gs1DigitalLink.of(digitalLinkBase,
                new Gs1Data(e.gtin(), null, e.lotNumber(), serial, null, null))).toList();
    }

    private Map<String, Object> quantity(String gtin, String partNumber, String lotNumber, BigDecimal quantity, String unit) {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("epcClass", gtin == null ? urn("lot", partNumber, lotNumber)
                : Gs1DigitalLink.of(digitalLinkBase, new Gs1Data(gtin, null, lotNumber, null, null, null)));
        element.put("quantity", quantity.stripTrailingZeros());
        String uom = unitCode(unit);
        if (uom != null) {
            element.put("uom", uom);
        }
        return element;
    }

    /** UN/CEFACT Rec 20 codes; a count of pieces has none (EPCIS then means instances). */
    private static String unitCode(String unit) {
        return switch (unit == null ? "" : unit.toLowerCase()) {
            case "kg" -> "KGM";
            case "g" -> "GRM";
            case "l" -> "LTR";
            case "m" -> "MTR";
            default -> null;
        };
    }

    private static String urn(String kind, String... ids) {
        StringBuilder urn = new StringBuilder("urn:lotline:").append(kind);
        for (String id : ids) {
            urn.append(':').append(Gs1DigitalLink.percentEncode(id));
        }
        return urn.toString();
    }

    /** Stable: exporting the same event twice gives the same id. */
    private static String eventId(CriticalTrackingEvent e) {
        String key = String.join("|", e.kind().name(), e.reference(), e.lotNumber(), e.time().toString());
        return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
