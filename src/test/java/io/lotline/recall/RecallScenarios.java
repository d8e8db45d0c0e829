package io.lotline.recall;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.FinishedGoodsSteps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recall BPMN end to end over the API, on the crafted genealogy: scope, holds, one notification task per
 * customer, recovered against shipped, the signed effectiveness review; and a mock recall that holds nothing.
 */
abstract class RecallScenarios extends FinishedGoodsSteps {
    static final String RECALL_PROCESS = "recall";

    Genealogy g;

    @BeforeEach
    void craft() {
        g = craftedGenealogy();
    }

    @Test
    void aRecallOfTheResinLotHoldsWhatIsInThePlantNotifiesEachCustomerAndClosesWithASignedReview() {
        Response opened = api.post(MANAGER, "/api/recalls", recall(g.resin(), false));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String recallNumber = opened.text("recallNumber");
        assertThat(recallNumber).matches("RC-\\d{4}-\\d{6}");
        JsonNode affected = opened.body().path("affected");
        assertThat(affected.path("units").asInt()).isEqualTo(5);
        assertThat(affected.path("unitsShipped").asInt()).isEqualTo(3);
        assertThat(affected.path("unitsInPlant").asInt()).isEqualTo(2);
        assertThat(affected.path("customers").asInt()).isEqualTo(2);
        assertThat(affected.path("batches").asInt()).isEqualTo(2);
        assertThat(opened.body().path("traceMillis").isNumber()).isTrue();

        // in the plant: the conforming split child and the finished lot (with its 2 serials in stock) are held
        assertThat(lotStatusOf(g.conforming())).isEqualTo("QUARANTINED");
        assertThat(lotStatusOf(g.finishedLot())).isEqualTo("QUARANTINED");
        assertThat(lotStatusOf(g.resin())).isEqualTo("CONSUMED");
        Response shipHeld = ship(g.firstCustomer(), List.of(Map.of("serial", g.serials().get(2))));
        assertThat(shipHeld.status()).isEqualTo(409);
        JsonNode recall = api.get(AUDITOR, "/api/recalls/" + recallNumber).body();
        assertThat(recall.path("status").asText()).isEqualTo("NOTIFYING");
        assertThat(items(recall)).containsEntry(g.conforming(), "HELD").containsEntry(g.finishedLot(), "HELD")
                .containsEntry(g.quarantined(), "ALREADY_BLOCKED").containsEntry(g.resin(), "NOT_IN_PLANT")
                .containsEntry(g.firstBatch(), "NOT_IN_PLANT");
        assertThat(recall.path("customers")).hasSize(2);

        Map<String, String> tasks = notificationTasks();
        assertThat(tasks).containsOnlyKeys(g.firstCustomer(), g.secondCustomer());

        Map<String, Object> tooMany = notification(3);
        Response refused = api.post(MANAGER, "/api/tasks/" + tasks.get(g.firstCustomer()) + "/complete", tooMany);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("unitsRecovered").contains("at most the 2 units");
        Map<String, Object> future = notification(1);
        future.put("contactedOn", LocalDate.now().plusDays(2).toString());
        future.put("method", "CARRIER_PIGEON");
        Response badDateAndMethod = api.post(MANAGER, "/api/tasks/" + tasks.get(g.firstCustomer()) + "/complete", future);
        assertThat(badDateAndMethod.errorFields()).containsExactlyInAnyOrder("contactedOn", "method");
        assertThat(api.get(AUDITOR, "/api/recalls/" + recallNumber).body().path("customers").get(0)
                .path("notified").asBoolean()).isFalse();
        assertThat(api.post(TECH, "/api/tasks/" + tasks.get(g.firstCustomer()) + "/complete", notification(2)).status())
                .isEqualTo(403);

        assertThat(api.post(MANAGER, "/api/tasks/" + tasks.get(g.firstCustomer()) + "/complete", notification(2))
                .status()).isEqualTo(200);
        assertThat(api.get(AUDITOR, "/api/recalls/" + recallNumber).text("status")).isEqualTo("NOTIFYING");
        assertThat(api.post(MANAGER, "/api/tasks/" + tasks.get(g.secondCustomer()) + "/complete", notification(0))
                .status()).isEqualTo(200);
        recall = api.get(AUDITOR, "/api/recalls/" + recallNumber).body();
        assertThat(recall.path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(recall.path("unitsRecovered").asInt()).isEqualTo(2);

        String review = taskFor(MANAGER, "lotNumber", g.resin(), "reviewEffectiveness", RECALL_PROCESS);
        Map<String, Object> wrongMeaning = review("OPENED_RECALL");
        assertThat(api.post(MANAGER, "/api/tasks/" + review + "/complete", wrongMeaning).errorFields())
                .containsExactly("signature.meaning");
        Response closed = api.post(MANAGER, "/api/tasks/" + review + "/complete", review("APPROVED_RECALL_EFFECTIVENESS"));
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);

        recall = api.get(AUDITOR, "/api/recalls/" + recallNumber).body();
        assertThat(recall.path("status").asText()).isEqualTo("CLOSED");
        assertThat(recall.path("effective").asBoolean()).isTrue();
        assertThat(recall.path("closedBy").asText()).isEqualTo(MANAGER.name());
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RECALL_PROCESS)
                .processInstanceBusinessKey(recallNumber).singleResult().getEndTime()).isNotNull();
        List<String> meanings = new ArrayList<>();
        api.get(AUDITOR, "/api/signatures?recordId=" + recallNumber).body()
                .forEach(s -> meanings.add(s.path("meaning").asText()));
        assertThat(meanings).containsExactly("APPROVED_RECALL_EFFECTIVENESS", "OPENED_RECALL");
        assertThat(api.get(AUDITOR, "/api/audit?entityType=RECALL&entityId=" + recallNumber).body()).hasSizeGreaterThanOrEqualTo(4);

        // a recall's hold is released like a manual one, by a signed release
        Response released = api.post(MANAGER, "/api/lots/" + g.conforming() + "/release-hold", Map.of("reason",
                "Supplier withdrew the notice for this lot", "signature",
                Map.of("password", MANAGER.password(), "meaning", "RELEASED_FROM_HOLD")));
        assertThat(released.status()).as(released.body().toString()).isEqualTo(200);
        assertThat(lotStatusOf(g.conforming())).isEqualTo("RELEASED");
    }

    @Test
    void aMockRecallHoldsNothingAndRecordsWhatItWouldHoldAndItsClock() {
        Response opened = api.post(MANAGER, "/api/recalls", recall(g.resin(), true));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String recallNumber = opened.text("recallNumber");
        assertThat(lotStatusOf(g.conforming())).isEqualTo("RELEASED");
        assertThat(lotStatusOf(g.finishedLot())).isEqualTo("RELEASED");
        JsonNode recall = api.get(AUDITOR, "/api/recalls/" + recallNumber).body();
        assertThat(recall.path("mock").asBoolean()).isTrue();
        assertThat(items(recall)).containsEntry(g.conforming(), "WOULD_HOLD").containsEntry(g.finishedLot(), "WOULD_HOLD")
                .containsEntry(g.firstBatch(), "NOT_IN_PLANT").containsEntry(g.secondBatch(), "NOT_IN_PLANT");
        assertThat(recall.path("scopeMillis").asLong()).isGreaterThanOrEqualTo(recall.path("traceMillis").asLong());
        assertThat(recall.path("elapsed").asText()).startsWith("PT");
        assertThat(notificationTasks()).hasSize(2);
    }

    @Test
    void recallsAreListedNewestFirstOnePageAtATime() {
        List<String> recalls = new ArrayList<>();
        for (int drill = 0; drill < 2; drill++) {
            Response opened = api.post(MANAGER, "/api/recalls", recall(g.resin(), true));
            assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
            recalls.add(opened.text("recallNumber"));
        }
        assertListedNewestFirstOnePageAtATime("/api/recalls", "recallNumber", recalls.get(0), recalls.get(1));
    }

    @Test
    void badRecallRequestsAreRefusedAndWriteNothing() {
        long recalls = count("recall");
        Map<String, Object> noReason = recall(g.resin(), false);
        noReason.remove("reason");
        noReason.remove("mock");
        assertThat(api.post(MANAGER, "/api/recalls", noReason).errorFields()).containsExactlyInAnyOrder("reason", "mock");
        assertThat(api.post(MANAGER, "/api/recalls", recall("ML-0000-000000", false)).status()).isEqualTo(404);
        assertThat(api.post(TECH, "/api/recalls", recall(g.resin(), false)).status()).isEqualTo(403);
        assertThat(api.post(AUDITOR, "/api/recalls", recall(g.resin(), false)).status()).isEqualTo(403);
        Map<String, Object> wrongPassword = recall(g.resin(), false);
        wrongPassword.put("signature", Map.of("password", "not-my-password", "meaning", "OPENED_RECALL"));
        assertThat(api.post(MANAGER, "/api/recalls", wrongPassword).status()).isBetween(400, 499);
        assertThat(count("recall")).isEqualTo(recalls);
        assertThat(lotStatusOf(g.conforming())).isEqualTo("RELEASED");
    }

    private Map<String, String> notificationTasks() {
        Map<String, String> tasks = new HashMap<>();
        for (JsonNode task : api.get(MANAGER, "/api/tasks?size=500&taskKey=notifyCustomer").body()) {
            if (task.path("taskKey").asText().equals("notifyCustomer")) {
                assertThat(task.path("processKey").asText()).isEqualTo(RECALL_PROCESS);
                String name = task.path("name").asText();
                for (String customer : List.of(g.firstCustomer(), g.secondCustomer())) {
                    if (name.endsWith(customer)) {
                        tasks.put(customer, task.path("id").asText());
                    }
                }
            }
        }
        return tasks;
    }

    static Map<String, String> items(JsonNode recall) {
        Map<String, String> items = new HashMap<>();
        recall.path("items").forEach(i -> items.put(i.path("id").asText(), i.path("action").asText()));
        return items;
    }

    static Map<String, Object> recall(String lotNumber, boolean mock) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("lotNumber", lotNumber);
        request.put("reason", "Supplier reports contaminated resin");
        request.put("mock", mock);
        request.put("signature", Map.of("password", MANAGER.password(), "meaning", "OPENED_RECALL"));
        return request;
    }

    static Map<String, Object> notification(int recovered) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contact", "Jane Buyer, purchasing");
        form.put("contactedOn", LocalDate.now().toString());
        form.put("method", "PHONE");
        form.put("response", "Will return the units in stock");
        form.put("unitsRecovered", recovered);
        return form;
    }

    static Map<String, Object> review(String meaning) {
        return Map.of("conclusion", "EFFECTIVE", "comment", "All customers reached within 4 hours",
                "signature", Map.of("password", MANAGER.password(), "meaning", meaning));
    }
}
