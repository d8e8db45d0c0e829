package io.lotline.capa;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.time.LocalDate;
import java.util.List;

/** The "Plan actions" task form: at least one corrective action; each with an owner (a Lotline user) and due date. */
public record ActionPlanForm(List<PlannedAction> actions) {
    public record PlannedAction(String type, @TextField(Kind.MULTI_LINE) String description, String owner, LocalDate dueOn) {}
}
