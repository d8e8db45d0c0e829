package io.lotline.capa;

import java.time.Instant;

/** A CAPA as lists and linked records show it. */
public record CapaSummary(String capaNumber, String title, CapaSource source, CapaStatus status, Instant openedAt) {
    static CapaSummary of(CorrectiveAction capa) {
        return new CapaSummary(capa.getCapaNumber(), capa.getTitle(), capa.getSource(), capa.getStatus(), capa.getOpenedAt());
    }
}
