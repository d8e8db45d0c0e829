package io.lotline.quarantine;

/**
 * Published inside the quarantine process's transaction when a finished lot, or the sorted good part of one, leaves
 * quarantine for release review: its review, final inspection and signed release start again.
 */
public record BackToReleaseReview(String lotNumber, String reason) {}
