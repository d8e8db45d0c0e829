package io.lotline.audit;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.ApiScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The auditor's audit trail search, the hash chain's verification catching a row changed behind Lotline's back (and,
 * through the signed checkpoints, a rewrite whose every hash was recomputed), and the chain's order being the order
 * in which transactions commit.
 */
abstract class AuditScenarios extends ApiScenarios {
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;
    @Autowired AuditCheckpoints checkpoints;
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
    void aDatabaseAdministratorWhoRewritesARowAndRecomputesEveryHashIsCaughtByTheSignedCheckpoint() {
        String lot = receive();
        Response taken = api.post(ADMIN, "/api/audit/checkpoints", Map.of());
        assertThat(taken.status()).as(taken.body().toString()).isEqualTo(201);
        long checkpointed = taken.body().path("sequence").asLong();
        assertThat(taken.text("hash"))
                .isEqualTo(jdbc.queryForObject("SELECT hash FROM audit_entry WHERE id = ?", String.class,
                        checkpointed));
        assertThat(api.post(AUDITOR, "/api/audit/checkpoints", Map.of()).status()).isEqualTo(403);
        receive(); // the chain goes on after the checkpoint
        long target = jdbc.queryForObject("SELECT MIN(id) FROM audit_entry WHERE lot_number = ?", Long.class, lot);
        List<Map<String, Object>> original = jdbc.queryForList(
                "SELECT id, reason, previous_hash, hash FROM audit_entry WHERE id >= ? ORDER BY id", target);
        String originalHead = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head", String.class);
        try {
            rewriteAndRecomputeEveryHashFrom(target, "Received from an approved supplier");

            JsonNode forged = api.get(AUDITOR, "/api/audit/verify").body();
            assertThat(forged.path("valid").asBoolean()).as(forged.toString()).isFalse();
            assertThat(forged.path("entries").asLong()).as("the chain itself is consistent again")
                    .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class));
            assertThat(forged.path("firstBrokenEntryId").asLong()).isEqualTo(checkpointed);
            assertThat(forged.path("problem").asText()).contains("differs from the signed checkpoint of "
                    + taken.text("takenAt")).contains("were rewritten and their hashes recomputed");
        } finally {
            for (Map<String, Object> row : original) {
                jdbc.update("UPDATE audit_entry SET reason = ?, previous_hash = ?, hash = ? WHERE id = ?",
                        row.get("reason"), row.get("previous_hash"), row.get("hash"), row.get("id"));
            }
            jdbc.update("UPDATE audit_chain_head SET last_hash = ?", originalHead);
        }
        JsonNode restored = api.get(AUDITOR, "/api/audit/verify").body();
        assertThat(restored.path("valid").asBoolean()).as(restored.toString()).isTrue();
        assertThat(restored.path("checkpoints").asInt()).isPositive();
        assertThat(api.get(AUDITOR, "/api/audit/checkpoints").body().findValuesAsText("signature"))
                .contains(taken.text("signature"));
    }

    /** What an administrator of the database could do: change a row, then make every later link match again. */
    private void rewriteAndRecomputeEveryHashFrom(long first, String reason) {
        jdbc.update("UPDATE audit_entry SET reason = ? WHERE id = ?", reason, first);
        String previous = jdbc.queryForObject("SELECT previous_hash FROM audit_entry WHERE id = ?", String.class,
                first);
        long last = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);
        for (long id = first; id <= last; id++) {
            long entry = id;
            jdbc.update("UPDATE audit_entry SET previous_hash = ? WHERE id = ?", previous, entry);
            String hash = transactions.execute(tx -> auditEntries.findById(entry).orElseThrow().computeHash());
            jdbc.update("UPDATE audit_entry SET hash = ? WHERE id = ?", hash, entry);
            previous = hash;
        }
        jdbc.update("UPDATE audit_chain_head SET last_hash = ?", previous);
    }

    @Test
    void checkpointsAreTakenWhenDueAndAForgedOneIsReported() throws Exception {
        checkpoints.take();
        assertThat(checkpoints.takeIfDue()).as("nothing new since the last one").isEmpty();
        for (int i = 0; i < 5; i++) {
            receive();
        }
        AuditCheckpoint due = checkpoints.takeIfDue().orElseThrow();
        assertThat(due.sequence())
                .isEqualTo(jdbc.queryForObject("SELECT last_sequence FROM audit_chain_head", Long.class));
        assertThat(rest.withBasicAuth(AUDITOR.name(), AUDITOR.password())
                .getForObject("/api/audit/checkpoints/public-key", String.class))
                .startsWith("-----BEGIN PUBLIC KEY-----");

        Path file = checkpoints.file();
        List<String> lines = Files.readAllLines(file);
        String forged = lines.get(lines.size() - 1).replace(due.hash(), "f".repeat(64));
        Files.writeString(file, forged + "\n", StandardOpenOption.APPEND);
        try {
            JsonNode verification = api.get(AUDITOR, "/api/audit/verify").body();
            assertThat(verification.path("valid").asBoolean()).isFalse();
            assertThat(verification.path("problem").asText()).contains("is not signed by this installation's key");
        } finally {
            Files.write(file, lines);
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

        Response all = api.get(AUDITOR, "/api/audit?lotNumber=" + lot);
        Response newest = api.get(AUDITOR, "/api/audit?lotNumber=" + lot + "&size=1");
        assertThat(newest.header("X-Total-Count")).isEqualTo(String.valueOf(all.body().size()));
        assertThat(newest.body()).hasSize(1);
        assertThat(newest.body().get(0)).as("newest first").isEqualTo(all.body().get(0));
        assertThat(newest.header("Link")).contains("lotNumber=" + lot).contains("page=2&size=1>; rel=\"next\"");
        assertThat(api.get(AUDITOR, "/api/audit?lotNumber=" + lot + "&size=1&page=2").body().get(0))
                .isEqualTo(all.body().get(1));
        assertThat(api.get(AUDITOR, "/api/audit?size=501").errorFields()).containsExactly("size");
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
