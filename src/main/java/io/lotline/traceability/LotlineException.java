package io.lotline.traceability;

import org.springframework.http.HttpStatus;

/** A refusal that the user can act on; the API turns it into problem details, pages into a form error. */
public abstract class LotlineException extends RuntimeException {
    protected LotlineException(String message) {
        super(message);
    }

    public abstract HttpStatus status();

    public abstract String title();
}
