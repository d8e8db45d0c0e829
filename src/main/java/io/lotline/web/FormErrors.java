package io.lotline.web;

import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Field → message for a page form; templates show {@code errors.get('field')} next to the field. */
public record FormErrors(Map<String, String> byField) {
    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    public static FormErrors of(InvalidInputException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        e.errors().forEach(error -> byField.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return new FormErrors(byField);
    }

    /** Field errors of invalid input; any other refusal as one message above the form (key {@code form}). */
    public static FormErrors of(LotlineException refusal) {
        return refusal instanceof InvalidInputException invalid ? of(invalid) : of("form", refusal.getMessage());
    }

    public static FormErrors of(BindingResult binding) {
        Map<String, String> byField = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> byField.merge(error.getField(),
                "'" + error.getRejectedValue() + "' is not a valid value", (a, b) -> a));
        return new FormErrors(byField);
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    /** The same errors with their fields prefixed, for a page with several forms (e.g. "status.POLYRES."). */
    public FormErrors prefixed(String prefix) {
        Map<String, String> byPrefixedField = new LinkedHashMap<>();
        byField.forEach((field, message) -> byPrefixedField.put(prefix + field, message));
        return new FormErrors(byPrefixedField);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages of a list field and its items ({@code lots}, {@code lots[2]}), to show next to the list. */
    public List<String> messagesFor(String listField) {
        return byField.entrySet().stream()
                .filter(e -> e.getKey().equals(listField) || e.getKey().startsWith(listField + "["))
                .map(Map.Entry::getValue).toList();
    }

    /** Every error as "field: message", for forms whose fields are rows of free text (e.g. shipment lines). */
    public List<String> messages() {
        return byField.entrySet().stream().map(e -> e.getKey().equals("form") ? e.getValue() : e.getKey() + ": " + e.getValue())
                .toList();
    }
}
