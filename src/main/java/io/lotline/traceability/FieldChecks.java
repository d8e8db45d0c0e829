package io.lotline.traceability;

import io.lotline.traceability.InvalidInputException.FieldError;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.StringUtils;

/** Checks shared by every form: each adds what to fix to the errors collected for one request. */
public final class FieldChecks {
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

    public static void limitLength(String value, String field, int maxLength, List<FieldError> errors) {
        if (value != null && value.trim().length() > maxLength) {
            errors.add(new FieldError(field, "at most " + maxLength + " characters"));
        }
    }

    /** Refuses the request with every error collected, if there is any. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
