package io.lotline.web;

import io.lotline.traceability.LotlineException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Refusals on pages render the layout's error page with what to do; never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(Exception.class)
    String handle(Exception exception, Model model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof NoResourceFoundException) {
            throw exception; // Spring Security and the resource handler answer these themselves
        }
        LotlineException refusal = Refusals.find(exception);
        int status;
        String message;
        if (refusal != null) {
            status = refusal.status().value();
            message = refusal.getMessage();
            if (status == 409) {
                Refusals.logConflict(LOG, request, message);
            }
        } else if (Refusals.isConcurrentChange(exception)) {
            status = 409;
            message = Refusals.CHANGED_MEANWHILE;
            Refusals.lostRace(LOG, request, "lost a race", exception);
        } else {
            status = 500;
            message = "Lotline could not complete the request; nothing was changed. Quote reference "
                    + Refusals.logUnexpected(LOG, exception) + " to support.";
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error";
    }
}
