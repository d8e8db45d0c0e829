package io.lotline.web;

import io.lotline.traceability.FieldChecks;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;

/**
 * One page of a list: {@code page} counts from 1, {@code size} is at most {@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}). Parsed from the query string so that a wrong value is a 422 naming the parameter.
 */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int parsedPage = parse(page, "page", 1, 1, Integer.MAX_VALUE, errors);
        int parsedSize = parse(size, "size", DEFAULT_SIZE, 1, MAX_SIZE, errors);
        FieldChecks.throwIfAny(errors);
        return new Paging(parsedPage, parsedSize);
    }

    /**
     * The page a list page was asked for. A page does not answer a wrong value with a 422 like the API: it shows the
     * first page with the reason above the list ({@code pagingError}).
     */
    public static Paging forPage(String page, String size, Model model) {
        try {
            return of(page, size);
        } catch (InvalidInputException wrongPage) {
            model.addAttribute("pagingError", wrongPage.getMessage());
            return first();
        }
    }

    /** The first page at the default size, for a list shown again under a refused form. */
    public static Paging first() {
        return new Paging(1, DEFAULT_SIZE);
    }

    /** The same page for a Spring Data query. */
    public Pageable pageable() {
        return PageRequest.of(page - 1, size);
    }

    /** The index of the page's first item. */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    /** The number of the last page for this many items (1 when there are none). */
    public int lastPage(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    private static int parse(String value, String field, int fallback, int min, int max, List<FieldError> errors) {
        if (!StringUtils.hasText(value)) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, max == Integer.MAX_VALUE ? "a whole number from " + min
                : "a whole number from " + min + " to " + max));
        return fallback;
    }
}
