package io.lotline.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 7807 problem details for every refusal on the API; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleAny(Exception exception, HttpServletRequest request) {
        LotlineException refusal = Refusals.find(exception);
        if (refusal != null) {
            if (refusal.status() == HttpStatus.CONFLICT) {
                Refusals.logConflict(LOG, request, refusal.getMessage());
            }
            return problem(refusal);
        }
        if (Refusals.isConcurrentChange(exception)) {
            Refusals.lostRace(LOG, request, "lost a race", exception);
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.changedMeanwhile());
        }
        if (exception instanceof DataIntegrityViolationException) {
            // e.g. two first receipts of a new supplier's material creating its history row, or two tries of one
            // Idempotency-Key: the next try finds the other writer's row (and answers its stored response).
            Refusals.lostRace(LOG, request, "integrity", exception);
            return problem(HttpStatus.CONFLICT, "Conflict with an existing record",
                    "The request conflicts with a record that already exists or is being written; nothing was changed.");
        }
        String reference = Refusals.logUnexpected(LOG, exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "Lotline could not complete the request; nothing was changed. Quote reference " + reference + " to support.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping) {
            return problem(JsonFields.refusal(mapping, ""));
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", "The request body is not valid JSON for this endpoint.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return problem(new InvalidInputException(ex.getFieldErrors().stream()
                .map(e -> new InvalidInputException.FieldError(e.getField(), e.getDefaultMessage())).toList()));
    }

    private static ResponseEntity<Object> problem(LotlineException refusal) {
        return ResponseEntity.status(refusal.status()).body(Problems.of(refusal));
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
