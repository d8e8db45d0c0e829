package io.lotline.capa;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.util.List;

/** The "Implement" task form: evidence for every action of the current plan, by action number. */
public record ImplementationForm(List<ActionEvidence> evidence) {
    public record ActionEvidence(Integer action, @TextField(Kind.MULTI_LINE) String evidence) {}
}
