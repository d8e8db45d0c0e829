package io.lotline.environment;

import jakarta.persistence.Embeddable;

/** A finished lot an excursion's assessment names as made in the room during it, and what the decision did to it. */
@Embeddable
public record ExcursionLot(String lotNumber, String outcome) {}
