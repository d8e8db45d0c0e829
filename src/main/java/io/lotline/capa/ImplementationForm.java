package io.lotline.capa;

import java.util.List;

/** The "Implement" task form: evidence for every action of the current plan, by action number. */
public record ImplementationForm(List<ActionEvidence> evidence) {
    public record ActionEvidence(Integer action, String evidence) {}
}
