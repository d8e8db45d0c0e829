package io.lotline.traceability;

import org.springframework.http.HttpStatus;

/** The caller is authenticated but this action is not theirs to take (four-eyes, task group, failed signature). */
public class ActionForbiddenException extends LotlineException {
    public ActionForbiddenException(String message) {
        super(message);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public String title() {
        return "Action not permitted";
    }
}
