package io.lotline.labeling;

import io.lotline.traceability.Gtin;
import io.lotline.traceability.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what a scanner (or a person) hands over: an element string after a symbology identifier ({@code ]d2} GS1
 * DataMatrix, {@code ]C1} GS1-128, {@code ]Q3} GS1 QR, {@code ]e0} DataBar) or without one, the bracketed form
 * {@code (01)…(10)…}, or a GS1 Digital Link URI. Every data element is checked (check digits, dates, lengths,
 * character set, pairing rules); a refusal names the AI at fault.
 */
final class Gs1Parser {
    private static final String FIELD = "text";
    /** GS1 AI encodable character set 82, allowed in lot and serial numbers. */
    private static final Pattern CSET82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]+");
    private static final Pattern BRACKETED = Pattern.compile("\\((\\d{2,4})\\)([^()]*)");
    private static final List<String> SYMBOLOGY_IDS = List.of("]d2", "]C1", "]Q3", "]e0");
    /** Digital Link path keys that may follow the GTIN, in the only order allowed. */
    private static final List<String> GTIN_QUALIFIERS = List.of("22", "10", "21");

    /** The AIs Lotline understands: fixed length, or variable up to a maximum; numeric or character set 82. */
    private enum Ai {
        SSCC("00", "SSCC", 18, 18, true),
        GTIN("01", "GTIN", 14, 14, true),
        CONTENT("02", "GTIN of contained items", 14, 14, true),
        LOT("10", "batch/lot number", 1, 20, false),
        PRODUCTION_DATE("11", "production date", 6, 6, true),
        PACKAGING_DATE("13", "packaging date", 6, 6, true),
        BEST_BEFORE("15", "best before date", 6, 6, true),
        SELL_BY("16", "sell by date", 6, 6, true),
        EXPIRY("17", "expiration date", 6, 6, true),
        SERIAL("21", "serial number", 1, 20, false),
        CPV("22", "consumer product variant", 1, 20, false),
        VARIABLE_COUNT("30", "variable count", 1, 8, true),
        COUNT("37", "count of trade items", 1, 8, true);

        final String code;
        final String title;
        final int minLength;
        final int maxLength;
        final boolean numeric;

        Ai(String code, String title, int minLength, int maxLength, boolean numeric) {
            this.code = code;
            this.title = title;
            this.minLength = minLength;
            this.maxLength = maxLength;
            this.numeric = numeric;
        }

        boolean fixedLength() {
            return minLength == maxLength;
        }

        boolean isDate() {
            return numeric && fixedLength() && maxLength == 6;
        }

        static Ai of(String code) {
            for (Ai ai : values()) {
                if (ai.code.equals(code)) {
                    return ai;
                }
            }
            return null;
        }

        String label() {
            return "AI (" + code + ") " + title;
        }
    }

    private Gs1Parser() {}

    static Gs1Data parse(String scanned, LocalDate today) {
        return parseAll(List.of(scanned == null ? "" : scanned), today);
    }

    /**
     * Several symbols of one label read together (a GS1-128 label split over two symbols): their data elements are
     * merged, and the pairing rules apply to the whole label.
     */
    static Gs1Data parseAll(List<String> scanned, LocalDate today) {
        Map<Ai, String> values = new LinkedHashMap<>();
        for (String text : scanned) {
            extract(text).forEach((ai, data) -> put(values, ai, data));
        }
        return validate(values, today);
    }

    private static Map<Ai, String> extract(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            throw invalid("scan or type a GS1 element string or Digital Link");
        }
        String text = scanned.strip();
        Map<Ai, String> values;
        String prefix = SYMBOLOGY_IDS.stream().filter(text::startsWith).findFirst().orElse(null);
        if (prefix != null) {
            values = elementString(text.substring(prefix.length()));
        } else if (text.startsWith("(")) {
            values = bracketed(text);
        } else if (text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8)) {
            values = digitalLink(text);
        } else if (Character.isDigit(text.charAt(0))) {
            values = elementString(text);
        } else {
            throw invalid("'" + abbreviate(text) + "' is not a GS1 element string, a bracketed (01)… string or a GS1"
                    + " Digital Link URI");
        }
        return values;
    }

    /** Unbracketed AIs and data; variable-length fields end at a GS separator or the end. */
    private static Map<Ai, String> elementString(String text) {
        Map<Ai, String> values = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == Gs1ElementStrings.GS) {
                i++;
                continue;
            }
            if (i + 2 > text.length()) {
                throw invalid("the element string ends in the middle of an AI ('" + text.substring(i) + "')");
            }
            Ai ai = Ai.of(text.substring(i, i + 2));
            if (ai == null) {
                throw unsupported(text.substring(i, Math.min(i + 4, text.length())).replaceAll("\\D.*", ""),
                        " at position " + (i + 1));
            }
            i += 2;
            int end;
            if (ai.fixedLength()) {
                end = i + ai.maxLength;
                if (end > text.length() || text.substring(i, end).indexOf(Gs1ElementStrings.GS) >= 0) {
                    throw invalid(ai.label() + " needs exactly " + ai.maxLength + " digits");
                }
            } else {
                int gs = text.indexOf(Gs1ElementStrings.GS, i);
                end = gs < 0 ? text.length() : gs;
                if (end - i > ai.maxLength) {
                    throw invalid(ai.label() + " is longer than " + ai.maxLength + " characters; is a GS separator"
                            + " missing after it?");
                }
            }
            put(values, ai, text.substring(i, end));
            i = end;
        }
        return values;
    }

    private static Map<Ai, String> bracketed(String text) {
        Map<Ai, String> values = new LinkedHashMap<>();
        Matcher m = BRACKETED.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                break;
            }
            Ai ai = Ai.of(m.group(1));
            if (ai == null) {
                throw unsupported(m.group(1), "");
            }
            put(values, ai, m.group(2));
            at = m.end();
        }
        if (at != text.length() || values.isEmpty()) {
            throw invalid("'" + abbreviate(text) + "' is not a valid bracketed element string: expected (AI)data"
                    + " repeated, e.g. (01)05012345678900(10)LOT1");
        }
        return values;
    }

    private static Map<Ai, String> digitalLink(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("the Digital Link is not a valid URI: " + e.getReason());
        }
        String[] segments = uri.getRawPath() == null ? new String[0] : uri.getRawPath().split("/");
        int start = -1;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals("01") || segments[i].equals("00")) {
                start = i;
                break;
            }
        }
        if (start < 0 || start + 1 >= segments.length) {
            throw invalid("the Digital Link has no /01/{gtin} (or /00/{sscc}) in its path");
        }
        Map<Ai, String> values = new LinkedHashMap<>();
        String primary = segments[start];
        String key = percentDecode(segments[start + 1]);
        if (primary.equals("01") && key.matches("\\d{8}|\\d{12}|\\d{13}")) {
            key = "0".repeat(14 - key.length()) + key; // GTIN-8/12/13 are written as GTIN-14 with leading zeros
        }
        put(values, Ai.of(primary), key);
        int lastQualifier = -1;
        for (int i = start + 2; i < segments.length; i += 2) {
            String ai = segments[i];
            if (primary.equals("00")) {
                throw invalid("the Digital Link path of an SSCC (00) takes no further keys; '/" + ai + "' follows it");
            }
            int order = GTIN_QUALIFIERS.indexOf(ai);
            if (order < 0) {
                throw invalid("the Digital Link path key '/" + ai + "/' cannot follow /01/; allowed: /22/, /10/, /21/ in that order");
            }
            if (order <= lastQualifier) {
                throw invalid("the Digital Link path has AI (" + ai + ") after AI (" + GTIN_QUALIFIERS.get(lastQualifier)
                        + "); the order is /01/{gtin}/22/{cpv}/10/{lot}/21/{serial}");
            }
            if (i + 1 >= segments.length || segments[i + 1].isEmpty()) {
                throw invalid("the Digital Link path ends after '/" + ai + "/' without a value");
            }
            lastQualifier = order;
            put(values, Ai.of(ai), percentDecode(segments[i + 1]));
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                Ai ai = name.matches("\\d{2,4}") ? Ai.of(name) : null;
                if (name.matches("\\d{2,4}") && ai == null) {
                    throw invalid("the Digital Link query attribute AI (" + name + ") is not one Lotline reads");
                }
                if (ai != null) {
                    put(values, ai, eq < 0 ? "" : percentDecode(pair.substring(eq + 1)));
                }
            }
        }
        return values;
    }

    private static void put(Map<Ai, String> values, Ai ai, String data) {
        String before = values.put(ai, data);
        if (before != null && !before.equals(data)) {
            throw invalid(ai.label() + " appears twice with different data ('" + before + "', '" + data + "')");
        }
    }

    private static Gs1Data validate(Map<Ai, String> values, LocalDate today) {
        Map<Ai, LocalDate> dates = new LinkedHashMap<>();
        for (Map.Entry<Ai, String> entry : values.entrySet()) {
            Ai ai = entry.getKey();
            String data = entry.getValue();
            if (data.length() < ai.minLength || data.length() > ai.maxLength) {
                throw invalid(ai.label() + " must be " + (ai.fixedLength() ? "exactly " + ai.maxLength
                        : ai.minLength + " to " + ai.maxLength) + (ai.numeric ? " digits" : " characters")
                        + "; '" + data + "' has " + data.length());
            }
            if (ai.numeric && !data.matches("\\d+")) {
                throw invalid(ai.label() + " must be digits only; '" + data + "' is not");
            }
            if (!ai.numeric && !CSET82.matcher(data).matches()) {
                throw invalid(ai.label() + " '" + data + "' contains characters outside the GS1 character set 82");
            }
            if ((ai == Ai.GTIN || ai == Ai.CONTENT) && !Gtin.isValidGtin14(data)) {
                throw invalid(ai.label() + " " + data + " has a wrong check digit (expected "
                        + Gtin.checkDigit(data.substring(0, 13)) + ")");
            }
            if (ai == Ai.SSCC && Gtin.checkDigit(data.substring(0, 17)) != data.charAt(17) - '0') {
                throw invalid(ai.label() + " " + data + " has a wrong check digit (expected "
                        + Gtin.checkDigit(data.substring(0, 17)) + ")");
            }
            if (ai.isDate()) {
                dates.put(ai, date(ai, data, today));
            }
        }
        boolean hasGtin = values.containsKey(Ai.GTIN) || values.containsKey(Ai.CONTENT);
        for (Ai needsGtin : List.of(Ai.LOT, Ai.SERIAL, Ai.CPV, Ai.PRODUCTION_DATE, Ai.PACKAGING_DATE, Ai.BEST_BEFORE,
                Ai.SELL_BY, Ai.EXPIRY)) {
            if (values.containsKey(needsGtin) && !hasGtin) {
                throw invalid(needsGtin.label() + " is only valid together with a GTIN, AI (01) or (02)");
            }
        }
        if (values.containsKey(Ai.SERIAL) && !values.containsKey(Ai.GTIN)) {
            throw invalid(Ai.SERIAL.label() + " identifies a trade item only together with AI (01) GTIN");
        }
        if (values.containsKey(Ai.CONTENT) != values.containsKey(Ai.COUNT)) {
            throw invalid("AI (02) GTIN of contained items and AI (37) count of trade items must appear together");
        }
        if (values.containsKey(Ai.GTIN) && values.containsKey(Ai.CONTENT)) {
            throw invalid("AI (01) and AI (02) cannot appear together");
        }
        return new Gs1Data(values.get(Ai.GTIN), values.get(Ai.SSCC), values.get(Ai.LOT), values.get(Ai.SERIAL),
                dates.get(Ai.PRODUCTION_DATE), dates.get(Ai.EXPIRY));
    }

    /**
     * YYMMDD with the GS1 century rule (General Specifications 7.12): a year more than 50 years ahead of today is in
     * the previous century, one 50 or more years behind in the next. Day 00 means the last day of the month.
     */
    private static LocalDate date(Ai ai, String yymmdd, LocalDate today) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        int century = today.getYear() / 100;
        int difference = yy - today.getYear() % 100;
        if (difference >= 51) {
            century--;
        } else if (difference <= -50) {
            century++;
        }
        if (mm < 1 || mm > 12) {
            throw invalid(ai.label() + " '" + yymmdd + "' has month " + yymmdd.substring(2, 4) + "; YYMMDD needs 01 to 12");
        }
        YearMonth month = YearMonth.of(century * 100 + yy, mm);
        try {
            return dd == 0 ? month.atEndOfMonth() : month.atDay(dd);
        } catch (DateTimeException e) {
            throw invalid(ai.label() + " '" + yymmdd + "' has day " + yymmdd.substring(4) + ", but " + month + " has "
                    + month.lengthOfMonth() + " days");
        }
    }

    private static String percentDecode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                try {
                    out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    throw invalid("the Digital Link has an invalid percent-escape in '" + raw + "'");
                }
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String printable = text.replace(Gs1ElementStrings.GS, '|');
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }

    /** An AI outside {@link Ai}, with the list of those Lotline reads. */
    private static InvalidInputException unsupported(String ai, String where) {
        return invalid("AI (" + ai + ")" + where + " is not one Lotline reads (it reads "
                + Arrays.stream(Ai.values()).map(a -> a.code).collect(Collectors.joining(", ")) + ")");
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
