package io.lotline.web;

import io.lotline.traceability.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
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

    /** A whole number, or null when left empty. */
    public static Integer optionalInteger(Map<String, String> params, String field) {
        String value = params.get(field);
        try {
            return StringUtils.hasText(value) ? Integer.valueOf(value.trim()) : null;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "enter a whole number");
        }
    }

    /** Words (e.g. lot numbers) separated by commas, spaces or lines, or an empty list. */
    public static List<String> textList(Map<String, String> params, String field) {
        String value = params.get(field);
        return StringUtils.hasText(value) ? List.of(value.trim().split("[,\\s]+")) : List.of();
    }

    /** Whole numbers separated by commas or spaces ("1, 3"), or an empty list. */
    public static List<Integer> integerList(Map<String, String> params, String field) {
        String value = params.get(field);
        if (!StringUtils.hasText(value)) {
            return List.of();
        }
        try {
            return Arrays.stream(value.trim().split("[,\\s]+")).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "enter numbers separated by commas, e.g. 1, 3");
        }
    }
}
