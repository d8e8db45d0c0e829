package io.lotline.audit;

/**
 * Result of walking the audit hash chain and comparing it with the signed checkpoints: {@code firstBrokenEntryId} is
 * the first entry whose stored hash or link to its predecessor does not match what its content gives, or the entry
 * of the first checkpoint the chain disagrees with (null when valid), and {@code problem} says which;
 * {@code checkpoints} is how many signed checkpoints were compared.
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntryId, String problem,
                                int checkpoints) {}
