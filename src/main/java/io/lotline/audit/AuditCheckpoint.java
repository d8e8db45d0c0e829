package io.lotline.audit;

import java.time.Instant;

/**
 * A signed statement, kept outside the database, that the audit chain's entry {@code sequence} had the hash
 * {@code hash} at {@code takenAt}: whoever rewrites entries up to it, even recomputing every hash, cannot make it
 * match again without the signing key ({@code keyId} names it).
 */
public record AuditCheckpoint(long sequence, String hash, Instant takenAt, String keyId, String signature) {
    /** What the signature covers. */
    String signedText() {
        return "lotline-audit-checkpoint\u001f" + sequence + "\u001f" + hash + "\u001f" + takenAt;
    }
}
