package io.lotline.labeling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds GS1 element strings for labels, per the GS1 General Specifications: predefined-length AIs first ((01), (11),
 * (17)), then the variable-length ones ((10), (21)); a variable-length field is followed by a GS separator unless it
 * is the last. The leading FNC1 belongs to the symbol, so it is added by the encoder, not here.
 */
final class Gs1ElementStrings {
    static final char GS = '\u001d';
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private Gs1ElementStrings() {}

    /** One AI with its data, in the order it is encoded. */
    record Element(String ai, String data, boolean variableLength) {
        String bracketed() {
            return "(" + ai + ")" + data;
        }
    }

    static List<Element> elements(Gs1Data data) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Element("01", data.gtin(), false));
        if (data.productionDate() != null) {
            elements.add(new Element("11", data.productionDate().format(YYMMDD), false));
        }
        if (data.expiry() != null) {
            elements.add(new Element("17", data.expiry().format(YYMMDD), false));
        }
        if (data.lot() != null) {
            elements.add(new Element("10", data.lot(), true));
        }
        if (data.serial() != null) {
            elements.add(new Element("21", data.serial(), true));
        }
        return elements;
    }

    /** The element string with GS separators, as a scanner transmits it after the symbology identifier. */
    static String encode(List<Element> elements) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            out.append(e.ai()).append(e.data());
            if (e.variableLength() && i < elements.size() - 1) {
                out.append(GS);
            }
        }
        return out.toString();
    }

    /** The human-readable interpretation printed under or beside the symbol, e.g. {@code (01)…(10)…}. */
    static String humanReadable(List<Element> elements) {
        StringBuilder out = new StringBuilder();
        elements.forEach(e -> out.append(e.bracketed()));
        return out.toString();
    }

    static String yymmdd(LocalDate date) {
        return date.format(YYMMDD);
    }
}
