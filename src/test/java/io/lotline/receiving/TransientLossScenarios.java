package io.lotline.receiving;

import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.Api.Response;
import io.lotline.support.ApiScenarios;
import io.lotline.support.LogLines;
import io.lotline.web.ApiExceptionHandler;
import io.lotline.web.TransientLossRetry;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A real transient loss: another writer holds the supplier–material history row (SELECT … FOR UPDATE) that every
 * receipt of that material locks, longer than the database's lock wait timeout (1 or 2 s in these contexts). The server
 * tries the receipt again and it succeeds once the lock is free; a lock that outlasts every try is one 409 with one
 * WARN line, and nothing is written.
 */
abstract class TransientLossScenarios extends ApiScenarios {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    /** Another writer's transaction holding this test's supplier–material history row until it is released. */
    private final class HeldHistoryRow {
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<Void> holder;

        private HeldHistoryRow() throws InterruptedException {
            CountDownLatch locked = new CountDownLatch(1);
            holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                jdbc.queryForList("SELECT q.id FROM supplier_material_quality q JOIN supplier s ON s.id = q.supplier_id"
                        + " WHERE s.code = ? FOR UPDATE", supplierCode);
                locked.countDown();
                try {
                    assertThat(release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }

        void release() throws Exception {
            release.countDown();
            holder.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    void commitsAreReportedToTheRetryByTheSharedTransactionManager() {
        assertThat(((ConfigurableTransactionManager) transactionManager).getTransactionExecutionListeners())
                .anyMatch(listener -> listener.getClass().getSimpleName().equals("CommittedWrites"));
    }

    @Test
    void aReceiptThatTimedOutBehindAnotherWritersLockIsTriedAgainAndSucceeds() throws Exception {
        receive(); // creates the history row
        long lotsBefore = lots.count();
        try (LogLines log = LogLines.of(TransientLossRetry.class, ApiExceptionHandler.class)) {
            HeldHistoryRow held = new HeldHistoryRow();
            CompletableFuture<Response> receipt = CompletableFuture.supplyAsync(
                    () -> api.postWithKey(TECH, "/api/receipts", receipt(), UUID.randomUUID().toString()));

            assertThat(log.await(line -> line.startsWith("INFO Trying POST /api/receipts again (try 2 of 3)"), PATIENCE))
                    .isTrue();
            held.release();
            Response created = receipt.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            assertThat(lots.count()).isEqualTo(lotsBefore + 1);
            assertThat(log.lines()).noneMatch(line -> line.startsWith("WARN") || line.startsWith("ERROR"));
        }
    }

    @Test
    void aLockThatOutlastsEveryTryIsOne409AndOneWarnLineAndWritesNothing() throws Exception {
        receive();
        long lotsBefore = lots.count();
        long auditBefore = auditEntries.count();
        try (LogLines log = LogLines.of(TransientLossRetry.class, ApiExceptionHandler.class)) {
            HeldHistoryRow held = new HeldHistoryRow();
            Response refused = api.postWithKey(TECH, "/api/receipts", receipt(), UUID.randomUUID().toString());
            held.release();

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text("detail")).contains("changed by someone else at the same time");
            assertThat(log.lines()).filteredOn(line -> line.startsWith("INFO Trying")).hasSize(2);
            assertThat(log.lines()).filteredOn(line -> line.startsWith("WARN")).singleElement().asString()
                    .startsWith("WARN 409 POST /api/receipts by " + TECH.name()).contains("lost a race (3 tries)");
            assertThat(log.lines()).noneMatch(line -> line.startsWith("ERROR"));
            assertThat(lots.count()).isEqualTo(lotsBefore);
            assertThat(auditEntries.count()).isEqualTo(auditBefore);
        }
    }
}
