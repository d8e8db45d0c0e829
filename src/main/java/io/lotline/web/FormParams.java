package io.lotline.web;

import io.lotline.traceability.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.util.StringUtils;

/** Typed values of page form parameters; a value that does not parse is refused naming its field. */
public final class FormParams {
    private FormParams() {}

    /** An ISO date (what a date input sends), or null when left empty. */
    public static LocalDate optionalDate(Map<String, String> params, String field) {
        String value = params.get(field);
        try {
            return StringUtils.hasText(value) ? LocalDate.parse(value.trim()) : null;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "enter a date as YYYY-MM-DD");
        }
    }

    /** A decimal number, or null when left empty. */
    public static BigDecimal optionalDecimal(Map<String, String> params, String field) {
        String value = params.get(field);
        try {
            return StringUtils.hasText(value) ? new BigDecimal(value.trim()) : null;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "enter a number");
        }
    }
}
