package io.lotline.audit;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.ApiScenarios;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor's audit trail search, the hash chain's verification catching a row changed behind Lotline's back, and
 * the chain's order being the order in which transactions commit.
 */
abstract class AuditScenarios extends ApiScenarios {
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;
    @Autowired TransactionTemplate transactions;

    @Test
    void verificationFindsARowChangedBehindTheApplicationsBackAndPassesOnceItIsRestored() {
        String lot = receive();
        JsonNode intact = api.get(AUDITOR, "/api/audit/verify").body();
        assertThat(intact.path("valid").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.path("firstBrokenEntryId").isNull()).isTrue();
        long entries = intact.path("entries").asLong();
        assertThat(entries).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class));

        long target = jdbc.queryForObject("SELECT MIN(id) FROM audit_entry WHERE lot_number = ?", Long.class, lot);
        String reason = jdbc.queryForObject("SELECT reason FROM audit_entry WHERE id = ?", String.class, target);
        jdbc.update("UPDATE audit_entry SET reason = ? WHERE id = ?", "Nothing to see here", target);
        try {
            JsonNode tampered = api.get(AUDITOR, "/api/audit/verify").body();
            assertThat(tampered.path("valid").asBoolean()).isFalse();
            assertThat(tampered.path("firstBrokenEntryId").asLong()).isEqualTo(target);
            assertThat(tampered.path("entries").asLong()).isEqualTo(target - 1);
            assertThat(tampered.path("problem").asText()).contains("content does not match its hash");
        } finally {
            jdbc.update("UPDATE audit_entry SET reason = ? WHERE id = ?", reason, target);
        }
        assertThat(api.get(AUDITOR, "/api/audit/verify").body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void theAuditTrailIsSearchedByEntityUserActionAndDateRange() {
        String lot = receive();
        JsonNode byEntity = api.get(AUDITOR, "/api/audit?entityType=MATERIAL_LOT&entityId=" + lot).body();
        assertThat(byEntity).isNotEmpty();
        byEntity.forEach(e -> assertThat(e.path("entityId").asText()).isEqualTo(lot));
        JsonNode created = api.get(AUDITOR, "/api/audit?entityId=" + lot + "&action=CREATE&user=" + TECH.name()
                + "&from=" + LocalDate.now() + "&to=" + LocalDate.now()).body();
        assertThat(created).hasSize(1);
        assertThat(created.get(0).path("changes").path("status").path("new").asText()).isEqualTo("IN_INSPECTION");
        assertThat(created.get(0).path("reason").asText()).isEqualTo("Goods receipt");
        assertThat(api.get(AUDITOR, "/api/audit?entityId=" + lot + "&to=" + LocalDate.now().minusDays(1)).body()).isEmpty();
        assertThat(api.get(AUDITOR, "/api/audit?entityId=" + lot + "&user=nobody").body()).isEmpty();

        assertThat(api.get(AUDITOR, "/api/audit?action=SHRED&from=last-week").errorFields())
                .containsExactlyInAnyOrder("action", "from");
        assertThat(api.get(AUDITOR, "/api/audit?from=2026-02-02&to=2026-02-01").errorFields()).containsExactly("to");
        assertThat(api.get(AUDITOR, "/api/signatures?meaning=WHATEVER").errorFields()).containsExactly("meaning");
        assertThat(api.get(AUDITOR, "/api/audit?lotNumber=" + lot).body().size()).isEqualTo(
                api.get(AUDITOR, "/api/lots/" + lot + "/audit").body().size());
    }

    @Test
    void aTransactionWaitingToCommitDoesNotHoldUpTheChainAndTheChainRecordsCommitOrder() throws Exception {
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService slowWriter = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = slowWriter.submit(() -> transactions.executeWithoutResult(tx -> {
                auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "TEST_RECORD", "slow").reason("recorded first"));
                recorded.countDown();
                await(mayCommit);
            }));
            assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> fast = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx ->
                    auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "TEST_RECORD", "fast").reason("committed first"))));
            fast.get(20, TimeUnit.SECONDS); // while the slow transaction is still open
            mayCommit.countDown();
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            mayCommit.countDown();
            slowWriter.shutdownNow();
        }
        long fastEntry = jdbc.queryForObject("SELECT id FROM audit_entry WHERE entity_type = 'TEST_RECORD' AND entity_id = 'fast'",
                Long.class);
        long slowEntry = jdbc.queryForObject("SELECT id FROM audit_entry WHERE entity_type = 'TEST_RECORD' AND entity_id = 'slow'",
                Long.class);
        assertThat(fastEntry).isLessThan(slowEntry);
        assertThat(api.get(AUDITOR, "/api/audit/verify").body().path("valid").asBoolean()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
