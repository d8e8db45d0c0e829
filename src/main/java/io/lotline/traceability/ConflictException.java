package io.lotline.traceability;

import org.springframework.http.HttpStatus;

/** The request is valid but the record's current state does not allow it. */
public class ConflictException extends LotlineException {
    public ConflictException(String message) {
        super(message);
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
