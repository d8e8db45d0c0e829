package io.lotline.web;

import io.lotline.traceability.ConflictException;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 7807 problem details for a refusal: the body of an API error, or one item's result in a bulk request. */
public final class Problems {
    private Problems() {}

    public static ProblemDetail of(LotlineException refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
        problem.setTitle(refusal.title());
        if (refusal instanceof InvalidInputException invalid) {
            List<Map<String, String>> errors = invalid.errors().stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message())).toList();
            problem.setProperty("errors", errors);
        }
        if (refusal instanceof ConflictException conflict && !conflict.problems().isEmpty()) {
            problem.setProperty("problems", conflict.problems());
        }
        return problem;
    }

    /** A request (or an item of one) that lost a race with another writer every time it was tried. */
    public static ProblemDetail changedMeanwhile() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Refusals.CHANGED_MEANWHILE);
        problem.setTitle("Conflict with the current state");
        return problem;
    }
}
