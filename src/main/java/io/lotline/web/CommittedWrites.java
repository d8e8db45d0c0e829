package io.lotline.web;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Tells {@link TransientLossRetry} when a write transaction committed during a request, so that a request whose
 * effects are already partly in the database is never tried again. Spring Boot registers this listener with the
 * transaction manager that the JPA repositories and the process engine share.
 */
@Component
class CommittedWrites implements TransactionExecutionListener {
    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure == null && !transaction.isReadOnly()) {
            TransientLossRetry.writeCommitted();
        }
    }
}
