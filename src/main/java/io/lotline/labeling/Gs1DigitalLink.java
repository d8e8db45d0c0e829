package io.lotline.labeling;

import java.nio.charset.StandardCharsets;

/**
 * GS1 Digital Link URIs: {@code {base}/01/{gtin}/10/{lot}/21/{serial}?11={production}&17={expiry}}. Path values are
 * percent-encoded except the RFC 3986 unreserved characters, so a lot like {@code A/B#1} stays one path segment.
 */
public final class Gs1DigitalLink {
    private Gs1DigitalLink() {}

    public static String of(String baseUrl, Gs1Data data) {
        StringBuilder uri = new StringBuilder(baseUrl.replaceAll("/+$", ""));
        uri.append("/01/").append(data.gtin());
        if (data.lot() != null) {
            uri.append("/10/").append(percentEncode(data.lot()));
        }
        if (data.serial() != null) {
            uri.append("/21/").append(percentEncode(data.serial()));
        }
        String separator = "?";
        if (data.productionDate() != null) {
            uri.append(separator).append("11=").append(Gs1ElementStrings.yymmdd(data.productionDate()));
            separator = "&";
        }
        if (data.expiry() != null) {
            uri.append(separator).append("17=").append(Gs1ElementStrings.yymmdd(data.expiry()));
        }
        return uri.toString();
    }

    public static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            out.append(unreserved ? String.valueOf(c) : "%%%02X".formatted(b & 0xff));
        }
        return out.toString();
    }
}
