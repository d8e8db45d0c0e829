package io.lotline.traceability;

import org.springframework.http.HttpStatus;

public class NotFoundException extends LotlineException {
    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
