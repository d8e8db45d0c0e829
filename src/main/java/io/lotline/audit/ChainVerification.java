package io.lotline.audit;

/**
 * Result of walking the audit hash chain: {@code firstBrokenEntryId} is the first entry whose stored hash or link to
 * its predecessor does not match what its content gives (null when valid), and {@code problem} says which.
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntryId, String problem) {}
