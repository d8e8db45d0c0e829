package io.lotline.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anchors the audit chain outside the database: signed checkpoints (Ed25519, see {@link CheckpointSigner}), one JSON
 * line each, appended to {@code checkpoints.jsonl} in {@code lotline.audit.checkpoint-dir}, taken on demand and by a
 * job once {@code lotline.audit.checkpoint-every-entries} entries or {@code lotline.audit.checkpoint-interval} have
 * passed since the last one. Verification checks the chain against every checkpoint, so a database administrator who
 * rewrites rows and recomputes every hash is still caught. Nodes of a cluster share the directory.
 */
@Service
public class AuditCheckpoints {
    static final String FILE_NAME = "checkpoints.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Path file;
    private final CheckpointSigner signer;
    private final long everyEntries;
    private final Duration interval;

    public AuditCheckpoints(ObjectMapper objectMapper, Clock clock,
                            @Value("${lotline.audit.checkpoint-dir}") Path directory,
                            @Value("${lotline.audit.signing-key}") Path signingKey,
                            @Value("${lotline.audit.checkpoint-every-entries}") long everyEntries,
                            @Value("${lotline.audit.checkpoint-interval}") Duration interval) {
        if (everyEntries < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("lotline.audit.checkpoint-every-entries must be at least 1 and "
                    + "lotline.audit.checkpoint-interval positive");
        }
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.file = directory.resolve(FILE_NAME);
        this.signer = CheckpointSigner.loadOrCreate(signingKey);
        this.everyEntries = everyEntries;
        this.interval = interval;
        LOG.info("Audit checkpoints are kept in {}, signed with key {}", file.toAbsolutePath(), signer.keyId());
    }

    /** Where the checkpoints are kept. */
    Path file() {
        return file;
    }

    /** A checkpoint of the chain as it is now (its last committed entry). */
    @Transactional(readOnly = true)
    public AuditCheckpoint take() {
        AuditChainHead head = head();
        return write(head.getLastSequence(), head.getLastHash());
    }

    /** Every minute ({@code lotline.audit.checkpoint-cron}), on one node of a cluster at a time. */
    @Scheduled(cron = "${lotline.audit.checkpoint-cron}", zone = "UTC")
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "PT5M")
    public void scheduledCheckpoint() {
        takeIfDue();
    }

    /** A checkpoint when enough entries or time have passed since the last one; empty when none is due. */
    @Transactional(readOnly = true)
    public Optional<AuditCheckpoint> takeIfDue() {
        AuditChainHead head = head();
        Optional<AuditCheckpoint> last = all().stream().reduce((first, second) -> second);
        long newEntries = head.getLastSequence() - last.map(AuditCheckpoint::sequence).orElse(0L);
        boolean due = newEntries >= everyEntries || newEntries > 0
                && (last.isEmpty() || !last.get().takenAt().plus(interval).isAfter(clock.instant()));
        return due ? Optional.of(write(head.getLastSequence(), head.getLastHash())) : Optional.empty();
    }

    /** The public key that verifies the checkpoints (PEM), for the quality file. */
    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    /** The checkpoint file holds something that is not a checkpoint: verification reports it as a broken chain. */
    static final class AlteredFile extends RuntimeException {
        AlteredFile(String problem) {
            super(problem);
        }
    }

    /** Where a chain that is consistent in itself disagrees with the checkpoints: the entry, and what is wrong. */
    record Disagreement(long entry, String problem) {}

    /**
     * Checks a chain of {@code entries} entries, whose stored hash at each checkpoint's sequence is in {@code hashAt},
     * against the checkpoints: each must carry a valid signature of this key and name the hash the chain has there.
     */
    Optional<Disagreement> disagreement(List<AuditCheckpoint> checkpoints, long entries, Map<Long, String> hashAt) {
        AuditCheckpoint lastMatching = null;
        for (AuditCheckpoint checkpoint : checkpoints) {
            if (!signer.keyId().equals(checkpoint.keyId())
                    || !signer.verifies(checkpoint.signedText(), checkpoint.signature())) {
                return Optional.of(new Disagreement(checkpoint.sequence(), "the checkpoint of " + checkpoint.takenAt()
                        + " is not signed by this installation's key " + signer.keyId()
                        + " (the checkpoint file was altered)"));
            }
            if (checkpoint.sequence() > entries) {
                return Optional.of(new Disagreement(entries + 1, "the signed checkpoint of " + checkpoint.takenAt()
                        + " names entry " + checkpoint.sequence() + ", but the chain ends at entry " + entries
                        + ": entries were deleted"));
            }
            if (checkpoint.sequence() > 0 && !checkpoint.hash().equals(hashAt.get(checkpoint.sequence()))) {
                return Optional.of(new Disagreement(checkpoint.sequence(), "entry " + checkpoint.sequence()
                        + "'s hash differs from the signed checkpoint of " + checkpoint.takenAt()
                        + ": entries " + (lastMatching == null ? 1 : lastMatching.sequence() + 1) + " to "
                        + checkpoint.sequence() + " were rewritten and their hashes recomputed"));
            }
            lastMatching = checkpoint;
        }
        return Optional.empty();
    }

    private AuditChainHead head() {
        return entityManager.find(AuditChainHead.class, AuditChainHead.ID);
    }

    private synchronized AuditCheckpoint write(long sequence, String hash) {
        AuditCheckpoint unsigned = new AuditCheckpoint(sequence, hash, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                signer.keyId(), null);
        AuditCheckpoint checkpoint = new AuditCheckpoint(sequence, hash, unsigned.takenAt(), signer.keyId(),
                signer.sign(unsigned.signedText()));
        byte[] line = (json(checkpoint) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
                 FileLock lock = channel.lock()) { // nodes sharing the directory append one whole line at a time
                channel.write(ByteBuffer.wrap(line));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint could not be written to " + file, e);
        }
        LOG.info("Audit checkpoint: entry {} signed with key {}", sequence, signer.keyId());
        return checkpoint;
    }

    /** Every checkpoint, oldest first; {@link AlteredFile} when the file holds a line that is not one. */
    public List<AuditCheckpoint> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<AuditCheckpoint> checkpoints = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    checkpoints.add(objectMapper.readValue(line, AuditCheckpoint.class));
                }
            }
            return checkpoints;
        } catch (JsonProcessingException e) {
            throw new AlteredFile("the checkpoint file " + file + " holds a line that is not a checkpoint: it was "
                    + "altered");
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint file " + file + " cannot be read", e);
        }
    }

    private String json(AuditCheckpoint checkpoint) {
        try {
            return objectMapper.writeValueAsString(checkpoint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checkpoint is numbers and text and always serialises", e);
        }
    }
}
