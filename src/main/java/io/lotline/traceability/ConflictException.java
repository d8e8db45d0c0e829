package io.lotline.traceability;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request is valid but the record's current state does not allow it. */
public class ConflictException extends LotlineException {
    private final List<String> problems;

    public ConflictException(String message) {
        this(message, List.of());
    }

    /** A refusal with several independent reasons (e.g. every shipment line that cannot go), each listed on its own. */
    public ConflictException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String title() {
        return "Conflict with the current state";
    }
}
