package io.lotline.traceability;

/** GTIN-14 check per the GS1 General Specifications (mod-10, weights 3 and 1 from the right). */
public final class Gtin {
    private Gtin() {}

    public static boolean isValidGtin14(String gtin) {
        return gtin != null && gtin.matches("\\d{14}") && checkDigit(gtin.substring(0, 13)) == gtin.charAt(13) - '0';
    }

    /** The check digit for the digits before it. */
    public static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        for (int i = 0; i < digitsWithoutCheck.length(); i++) {
            int digit = digitsWithoutCheck.charAt(digitsWithoutCheck.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
