package io.lotline.traceability;

import org.springframework.http.HttpStatus;

/** A request body that cannot be read as the expected form (wrong JSON type or shape). */
public class MalformedRequestException extends LotlineException {
    public MalformedRequestException(String message) {
        super(message);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String title() {
        return "Malformed request";
    }
}
