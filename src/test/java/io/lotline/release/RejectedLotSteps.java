package io.lotline.release;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.FinishedGoodsSteps;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Steps of the scenarios of a finished lot rejected at release: rejection, nonconformance and disposition. */
abstract class RejectedLotSteps extends FinishedGoodsSteps {
    static final String QUARANTINE = "quarantine";

    /** A finished lot of {@code good} parts whose final inspection failed and whose release was rejected. */
    protected String rejectedLot(int good) {
        String lot = finishedLot(good);
        inspectFinal(TECH, lot, "FAIL");
        Response rejected = decide(MANAGER, lot, reject());
        assertThat(rejected.status()).as(rejected.body().toString()).isEqualTo(200);
        return lot;
    }

    protected void recordWholeLot(String lot) {
        String quantity = api.get(AUDITOR, "/api/lots/" + lot).body().path("quantity").asText();
        String task = taskFor(TECH, lot, "recordNonconformance", QUARANTINE);
        Response recorded = api.post(TECH, "/api/tasks/" + task + "/complete", nonconformanceForm(quantity, List.of()));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
    }

    protected static Map<String, Object> nonconformanceForm(String quantity, List<String> serials) {
        return Map.of("description", "Flash at the parting line beyond the limit sample", "defectCategory", "DIMENSIONAL",
                "quantityAffected", new BigDecimal(quantity), "serials", serials);
    }

    protected Response decideDisposition(String lot, Map<String, Object> form) {
        return api.post(MANAGER, "/api/tasks/" + taskFor(MANAGER, lot, "decideDisposition", QUARANTINE) + "/complete", form);
    }

    protected static Map<String, Object> disposition(String disposition) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("disposition", disposition);
        form.put("justification", "Material review board: 100 % sorting against the limit sample");
        form.put("signature", Map.of("password", MANAGER.password(), "meaning", "APPROVED_DISPOSITION"));
        return form;
    }

    protected static Map<String, Object> split(String acceptedQuantity, List<String> rejectedSerials) {
        Map<String, Object> form = disposition("SPLIT");
        form.put("acceptedQuantity", acceptedQuantity == null ? null : new BigDecimal(acceptedQuantity));
        form.put("rejectedSerials", rejectedSerials);
        return form;
    }

    protected JsonNode nonconformance(String lot) {
        return api.get(AUDITOR, "/api/lots/" + lot).body().path("nonconformances").get(0);
    }

    protected String quarantineEndedAt(String lot) {
        String process = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(QUARANTINE)
                .processInstanceBusinessKey(lot).finished().singleResult().getId();
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(process)
                .activityType("noneEndEvent").singleResult().getActivityId();
    }
}
