package io.lotline.traceability;

import io.lotline.traceability.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.StringUtils;

/** Checks shared by every form: each adds what to fix to the errors collected for one request. */
public final class FieldChecks {
    private static final int MAX_DECIMALS = 6;
    private static final int MAX_WHOLE_DIGITS = 13;
    private FieldChecks() {}

    public static void requireText(String value, String field, int maxLength, List<FieldError> errors) {
        if (!StringUtils.hasText(value)) {
            errors.add(new FieldError(field, "is required"));
        } else {
            limitLength(value, field, maxLength, errors);
        }
    }

    /** The enum constant named by the value, or null with an error listing the allowed names. */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /**
     * A search filter naming an enum constant, in any case; null when blank, null with an error naming the value and
     * the allowed names when unknown.
     */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field, List<FieldError> errors) {
        if (!StringUtils.hasText(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown " + field + " " + value + "; one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** The trimmed text, or null when blank: an optional filter or field. */
    public static String trimmedOrNull(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }

    public static void limitLength(String value, String field, int maxLength, List<FieldError> errors) {
        if (value != null && value.trim().length() > maxLength) {
            errors.add(new FieldError(field, "at most " + maxLength + " characters"));
        }
    }

    /**
     * A quantity as the database keeps it (DECIMAL(19, 6)): greater than 0, at most 6 decimal places and 13 whole
     * digits. Returns whether it is one, after adding what is wrong to the errors.
     */
    public static boolean requireQuantity(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null || value.signum() <= 0) {
            errors.add(new FieldError(field, "must be greater than 0"));
        } else if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            errors.add(new FieldError(field, "at most " + MAX_DECIMALS + " decimal places"));
        } else if (value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
            errors.add(new FieldError(field, "at most " + MAX_WHOLE_DIGITS + " digits before the decimal point"));
        } else {
            return true;
        }
        return false;
    }

    /** Refuses the request with every error collected, if there is any. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
