package io.lotline.web;

import io.lotline.security.KnownApiPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API path no controller has reaches no controller advice of the API's (there is no controller), so it would get
 * the servlet container's error body: here it gets problem details like every other refusal. Pages keep their 404 page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiNotFound {
    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    ResponseEntity<Object> notFound(Exception exception, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw exception; // the pages' own handling (the error page) answers
        }
        if (exception instanceof HttpRequestMethodNotSupportedException) {
            return ApiExceptionHandler.problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                    KnownApiPaths.wrongMethod(request));
        }
        return ApiExceptionHandler.problem(HttpStatus.NOT_FOUND, "Not found", KnownApiPaths.noSuchPath(request));
    }
}
