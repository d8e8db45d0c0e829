package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A request that lost a race with another writer is told to retry (409), never shown an unexpected error (500). */
class ConcurrentChangeRefusalTest {
    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aStaleVersionADeadlockVictimAndALockTimeoutAreConflictsToRetry() {
        for (Exception lostRace : new Exception[] {
                new ObjectOptimisticLockingFailureException("MaterialLot", 7L),
                new CannotAcquireLockException("Deadlock found when trying to get lock; try restarting transaction"),
                new ProcessEngineException("delegate failed", new CannotAcquireLockException("Lock wait timeout exceeded"))}) {
            ResponseEntity<Object> answer = handler.handleAny(lostRace, new MockHttpServletRequest("POST", "/api/receipts"));
            assertThat(answer.getStatusCode().value()).as(lostRace.toString()).isEqualTo(409);
            assertThat(((ProblemDetail) answer.getBody()).getDetail()).isEqualTo(Refusals.CHANGED_MEANWHILE);
        }
    }

    @Test
    void anythingElseUnexpectedIsA500WithAReferenceAndNoStackTrace() {
        ResponseEntity<Object> answer = handler.handleAny(new IllegalStateException("boom"), new MockHttpServletRequest("GET", "/api/lots"));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).startsWith("Lotline could not complete the request")
                .doesNotContain("boom");
    }
}
