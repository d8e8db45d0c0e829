package io.lotline.environment;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.ApiScenarios;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Classified rooms over the API: limits from the ISO class, audited changes of them, readings validated as a whole,
 * and excursions opened, escalated and ended by the readings in the order they were taken.
 */
abstract class RoomScenarios extends ApiScenarios {
    private static String newCode() {
        return "CR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String room(int isoClass) {
        String code = newCode();
        Response created = api.post(ADMIN, "/api/rooms", Map.of("code", code, "name", "Molding cell " + code,
                "isoClass", isoClass));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/rooms/" + code);
        return code;
    }

    private static Map<String, JsonNode> limitsOf(JsonNode room) {
        Map<String, JsonNode> byParameter = new HashMap<>();
        room.path("limits").forEach(limit -> byParameter.put(limit.path("parameter").asText(), limit));
        return byParameter;
    }

    private static Map<String, Object> reading(String parameter, Object value, Instant takenAt) {
        return Map.of("parameter", parameter, "value", value, "takenAt", takenAt.toString());
    }

    @Test
    void aRoomStartsWithItsIsoClassLimitsAndItsLimitsChangeOnlyWithAReasonAndAnAuditEntry() {
        String iso7 = room(7);
        Map<String, JsonNode> limits = limitsOf(api.get(AUDITOR, "/api/rooms/" + iso7).body());
        assertThat(limits.get("PARTICLES_0_5_UM").path("action").asText()).isEqualTo("352000");
        assertThat(limits.get("PARTICLES_0_5_UM").path("alert").asText()).isEqualTo("176000");
        assertThat(limits.get("PARTICLES_0_5_UM").path("unit").asText()).isEqualTo("count/m3");
        assertThat(limits.get("PARTICLES_5_UM").path("action").asText()).isEqualTo("2930");
        assertThat(limits.get("TEMPERATURE").path("actionLow").asText()).isEqualTo("18");
        assertThat(limits.get("TEMPERATURE").path("action").asText()).isEqualTo("25");
        assertThat(limits.get("DIFFERENTIAL_PRESSURE").has("action")).as("a minimum only").isFalse();
        assertThat(limits.get("DIFFERENTIAL_PRESSURE").path("actionLow").asText()).isEqualTo("10");
        Map<String, JsonNode> iso5 = limitsOf(api.get(AUDITOR, "/api/rooms/" + room(5)).body());
        assertThat(iso5.get("PARTICLES_0_5_UM").path("action").asText()).isEqualTo("3520");
        assertThat(iso5.get("PARTICLES_5_UM").path("action").asText()).as("from the formula").isEqualTo("29.3");
        assertThat(api.get(AUDITOR, "/api/rooms").body().findValuesAsText("code")).contains(iso7);

        assertThat(api.post(ADMIN, "/api/rooms", Map.of("code", iso7, "name", "Again", "isoClass", 7)).status())
                .isEqualTo(409);
        assertThat(api.post(ADMIN, "/api/rooms", Map.of("code", "no spaces", "name", "", "isoClass", 4)).errorFields())
                .containsExactlyInAnyOrder("code", "name", "isoClass");
        assertThat(api.post(TECH, "/api/rooms", Map.of("code", newCode(), "name", "T", "isoClass", 7)).status())
                .isEqualTo(403);
        assertThat(api.get(AUDITOR, "/api/rooms/NO-SUCH-ROOM").status()).isEqualTo(404);

        Map<String, Object> tighter = Map.of("parameter", "PARTICLES_0_5_UM", "alert", 150000, "action", 300000);
        assertThat(api.put(ADMIN, "/api/rooms/" + iso7 + "/limits", Map.of("limits", List.of(tighter))).errorFields())
                .containsExactly("reason");
        assertThat(api.put(ADMIN, "/api/rooms/" + iso7 + "/limits", Map.of("reason", "r", "limits", List.of(
                Map.of("parameter", "PARTICLES_0_5_UM", "alert", 400000, "action", 300000),
                Map.of("parameter", "NOISE", "action", 70)))).errorFields())
                .containsExactlyInAnyOrder("limits[0].alert", "limits[1].parameter");
        assertThat(api.put(TECH, "/api/rooms/" + iso7 + "/limits", Map.of("reason", "r", "limits", List.of(tighter)))
                .status()).isEqualTo(403);
        Response changed = api.put(ADMIN, "/api/rooms/" + iso7 + "/limits", Map.of("reason",
                "Trend review: counts stay below 100,000", "limits", List.of(tighter)));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(limitsOf(changed.body()).get("PARTICLES_0_5_UM").path("action").asText()).isEqualTo("300000");
        assertThat(limitsOf(changed.body()).get("PARTICLES_5_UM").path("action").asText()).isEqualTo("2930");
        JsonNode update = api.get(AUDITOR, "/api/audit?entityType=ROOM&entityId=" + iso7 + "&action=UPDATE").body()
                .get(0);
        assertThat(update.path("reason").asText()).isEqualTo("Trend review: counts stay below 100,000");
        assertThat(update.path("changes").path("PARTICLES_0_5_UM.action").path("old").asText()).isEqualTo("352000");
        assertThat(update.path("changes").path("PARTICLES_0_5_UM.action").path("new").asText()).isEqualTo("300000");
        assertThat(update.path("changes").has("PARTICLES_5_UM.action")).as("only what changed").isFalse();
    }

    @Test
    void readingsAreRefusedAsAWholeWhenOneIsWrong() {
        String code = room(7);
        Instant now = Instant.now();
        Response refused = api.post(TECH, "/api/rooms/" + code + "/readings", List.of(
                reading("TEMPERATURE", 21.5, now.minusSeconds(60)),
                reading("NOISE", 40, now.minusSeconds(50)),
                Map.of("parameter", "TEMPERATURE", "value", 21, "unit", "°F"),
                reading("PARTICLES_5_UM", -3, now.minusSeconds(40)),
                reading("RELATIVE_HUMIDITY", 45, now.plus(1, ChronoUnit.HOURS))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields())
                .containsExactlyInAnyOrder("[1].parameter", "[2].unit", "[3].value", "[4].takenAt");
        assertThat(api.get(AUDITOR, "/api/rooms/" + code).body().path("readings").asLong()).isZero();
        assertThat(api.post(TECH, "/api/rooms/" + code + "/readings", Map.of("parameter", "TEMPERATURE")).errorFields())
                .containsExactly("value");
        assertThat(api.postRaw(TECH, "/api/rooms/" + code + "/readings", "\"21.5\"").status()).isEqualTo(400);
        assertThat(api.post(AUDITOR, "/api/rooms/" + code + "/readings", reading("TEMPERATURE", 21, now)).status())
                .isEqualTo(403);
        assertThat(api.post(TECH, "/api/rooms/NO-SUCH-ROOM/readings", reading("TEMPERATURE", 21, now)).status())
                .isEqualTo(404);

        Response one = api.post(TECH, "/api/rooms/" + code + "/readings", reading("TEMPERATURE", 21.5, now));
        assertThat(one.status()).isEqualTo(201);
        assertThat(one.body().path("accepted").asInt()).isEqualTo(1);
        assertThat(one.body().path("excursions")).isEmpty();
    }

    @Test
    void tenThousandReadingsInOneRequestAreRecordedAndEvaluated() {
        String code = room(8);
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS);
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(reading(i % 2 == 0 ? "TEMPERATURE" : "RELATIVE_HUMIDITY", i == 9_999 ? 80 : 21.5 + (i % 7) / 10.0,
                    start.plusSeconds(i)));
        }
        long started = System.nanoTime();
        Response recorded = api.post(TECH, "/api/rooms/" + code + "/readings", many);
        System.out.printf("10,000 room readings recorded in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(recorded.body().path("accepted").asInt()).isEqualTo(10_000);
        assertThat(recorded.body().path("excursions").findValuesAsText("parameter")).as("the last one, 80 %")
                .containsExactly("RELATIVE_HUMIDITY");
        assertThat(api.get(AUDITOR, "/api/rooms/" + code).body().path("readings").asLong()).isEqualTo(10_000);
    }

    @Test
    void readingsOpenEscalateAndEndExcursionsInTheOrderTheyWereTaken() {
        String code = room(7);
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        // Sent out of order: evaluated as taken. Two readings beyond the alert limit are not yet an excursion.
        Response twoAlerts = api.post(TECH, "/api/rooms/" + code + "/readings", List.of(
                reading("TEMPERATURE", 24.4, start.plusSeconds(120)),
                reading("TEMPERATURE", 24.5, start.plusSeconds(60))));
        assertThat(twoAlerts.body().path("excursions")).isEmpty();
        Response third = api.post(TECH, "/api/rooms/" + code + "/readings",
                reading("TEMPERATURE", 24.6, start.plusSeconds(180)));
        JsonNode alert = third.body().path("excursions").get(0);
        assertThat(alert.path("level").asText()).isEqualTo("ALERT");
        assertThat(alert.path("status").asText()).isEqualTo("OPEN");
        assertThat(alert.path("startedAt").asText()).isEqualTo(start.plusSeconds(180).toString());
        String number = alert.path("excursionNumber").asText();
        assertThat(number).matches("EX-\\d{4}-\\d{6}");

        Response beyondAction = api.post(TECH, "/api/rooms/" + code + "/readings", List.of(
                reading("TEMPERATURE", 26.2, start.plusSeconds(240)),
                reading("TEMPERATURE", 25.8, start.plusSeconds(300))));
        JsonNode escalated = beyondAction.body().path("excursions").get(0);
        assertThat(escalated.path("excursionNumber").asText()).as("the same excursion, graver").isEqualTo(number);
        assertThat(escalated.path("level").asText()).isEqualTo("ACTION");
        assertThat(escalated.path("peak").asText()).isEqualTo("26.2");

        Response back = api.post(TECH, "/api/rooms/" + code + "/readings", List.of(
                reading("TEMPERATURE", 22.0, start.plusSeconds(360)),
                reading("PARTICLES_0_5_UM", 410000, start.plusSeconds(370))));
        assertThat(back.body().path("accepted").asInt()).isEqualTo(2);
        assertThat(back.body().path("excursions").findValuesAsText("status"))
                .containsExactlyInAnyOrder("BACK_IN_LIMITS", "OPEN");

        JsonNode excursions = api.get(AUDITOR, "/api/rooms/" + code + "/excursions").body();
        assertThat(excursions).hasSize(2);
        assertThat(excursions.get(0).path("parameter").asText()).as("newest first").isEqualTo("PARTICLES_0_5_UM");
        assertThat(excursions.get(0).path("level").asText()).as("one reading beyond action is enough")
                .isEqualTo("ACTION");
        assertThat(excursions.get(1).path("endedAt").asText()).isEqualTo(start.plusSeconds(360).toString());
        assertThat(excursions.get(1).path("peak").asText()).isEqualTo("26.2");
        assertThat(api.get(AUDITOR, "/api/rooms/" + code).body().path("readings").asLong()).isEqualTo(7);
        assertThat(api.get(AUDITOR, "/api/audit?entityType=EXCURSION&entityId=" + number).body()
                .findValuesAsText("action")).contains("CREATE", "UPDATE");
    }
}
