package io.lotline.traceability;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Input that is well-formed but breaks a rule; names every offending field. */
public class InvalidInputException extends LotlineException {
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
