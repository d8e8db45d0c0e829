package io.lotline.environment;

import jakarta.persistence.Embeddable;

/** A batch an ACTION excursion found running in its room, and the in-process hold that stopped it. */
@Embeddable
public record HeldBatch(String batchNumber, String holdNumber) {}
