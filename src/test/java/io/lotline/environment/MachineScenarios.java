package io.lotline.environment;

import static io.lotline.support.TestUsers.ADMIN;
import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import io.lotline.support.ProductionSteps;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Machines in rooms: registered and moved by an administrator, audited; a batch keeps the room it ran in. */
abstract class MachineScenarios extends ProductionSteps {
    @Test
    void aBatchRecordsTheRoomItsMachineStoodInAndAMoveLaterDoesNotRewriteIt() {
        String cellA = room(7);
        String cellB = room(8);
        String machineId = "IMM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        Response registered = api.put(ADMIN, "/api/machines/" + machineId, Map.of("name", "Engel e-mac 180",
                "roomCode", cellA));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(registered.header("Location")).endsWith("/api/machines/" + machineId);
        assertThat(registered.text("roomCode")).isEqualTo(cellA);
        assertThat(api.put(ADMIN, "/api/machines/" + machineId, Map.of("name", "Engel e-mac 180", "roomCode", cellA))
                .status()).as("the same again changes nothing").isEqualTo(200);
        assertThat(api.get(AUDITOR, "/api/machines").body().findValuesAsText("machineId")).contains(machineId);
        assertThat(api.get(AUDITOR, "/api/machines/" + machineId).text("name")).isEqualTo("Engel e-mac 180");
        assertThat(api.get(AUDITOR, "/api/machines/NO-SUCH-MACHINE").status()).isEqualTo(404);

        String planned = plannedBatchOn(machineId);
        JsonNode plannedView = api.get(AUDITOR, "/api/batches/" + planned).body();
        assertThat(plannedView.path("room").path("code").asText()).isEqualTo(cellA);
        assertThat(plannedView.path("room").path("isoClass").asInt()).isEqualTo(7);
        assertThat(api.post(TECH, "/api/batches/" + planned + "/start", null).status()).isEqualTo(200);

        Response moved = api.put(ADMIN, "/api/machines/" + machineId, Map.of("name", "Engel e-mac 180 (press 7)",
                "roomCode", cellB));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("roomCode")).isEqualTo(cellB);
        assertThat(api.get(AUDITOR, "/api/batches/" + planned).body().path("room").path("code").asText())
                .as("the running batch keeps the room it ran in").isEqualTo(cellA);
        String plannedAfterTheMove = plannedBatchOn(machineId);
        assertThat(api.get(AUDITOR, "/api/batches/" + plannedAfterTheMove).body().path("room").path("code").asText())
                .isEqualTo(cellB);
        assertThat(api.put(ADMIN, "/api/machines/" + machineId, Map.of("name", "Engel e-mac 180 (press 7)",
                "roomCode", cellA)).status()).isEqualTo(200);
        assertThat(api.post(TECH, "/api/batches/" + plannedAfterTheMove + "/start", null).status()).isEqualTo(200);
        assertThat(api.get(AUDITOR, "/api/batches/" + plannedAfterTheMove).body().path("room").path("code").asText())
                .as("a run starts in the room its machine stands in then").isEqualTo(cellA);
        JsonNode started = api.get(AUDITOR, "/api/audit?entityType=BATCH&entityId=" + plannedAfterTheMove
                + "&action=UPDATE").body();
        assertThat(started.findValues("room")).anySatisfy(room -> {
            assertThat(room.path("old").asText()).isEqualTo(cellB);
            assertThat(room.path("new").asText()).isEqualTo(cellA);
        });
        assertThat(api.get(AUDITOR, "/api/batches/" + plannedBatchOn("UNREGISTERED-" + machineId)).body().path("room")
                .isNull()).as("a machine not registered has no room").isTrue();

        JsonNode audit = api.get(AUDITOR, "/api/audit?entityType=MACHINE&entityId=" + machineId).body();
        assertThat(audit.findValuesAsText("action")).containsExactlyInAnyOrder("CREATE", "UPDATE", "UPDATE");
        JsonNode update = api.get(AUDITOR, "/api/audit?entityType=MACHINE&entityId=" + machineId + "&action=UPDATE")
                .body().get(1);
        assertThat(update.path("changes").path("room").path("old").asText()).isEqualTo(cellA);
        assertThat(update.path("changes").path("room").path("new").asText()).isEqualTo(cellB);
        assertThat(api.get(AUDITOR, "/api/audit?entityType=BATCH&entityId=" + planned + "&action=CREATE").body().get(0)
                .path("changes").path("room").path("new").asText()).isEqualTo(cellA);
    }

    @Test
    void aMachineIsRefusedWithTheFieldsToFixAndOnlyAnAdministratorRegistersOne() {
        String cell = room(7);
        assertThat(api.put(ADMIN, "/api/machines/IMM-X1", Map.of("name", " ", "roomCode", "NO-SUCH-ROOM")).errorFields())
                .containsExactlyInAnyOrder("name", "roomCode");
        assertThat(api.put(ADMIN, "/api/machines/IMM-X1", Map.of("name", "Press")).errorFields())
                .containsExactly("roomCode");
        assertThat(api.put(ADMIN, "/api/machines/-IMM", Map.of("name", "Press", "roomCode", cell)).errorFields())
                .containsExactly("machineId");
        assertThat(api.put(TECH, "/api/machines/IMM-X1", Map.of("name", "Press", "roomCode", cell)).status())
                .isEqualTo(403);
        assertThat(api.put(ADMIN, "/api/machines/IMM-X1", Map.of("name", 7, "roomCode", cell)).status())
                .as("strict JSON: text only from JSON strings").isEqualTo(400);
        assertThat(api.get(AUDITOR, "/api/machines/IMM-X1").status()).as("nothing written").isEqualTo(404);
    }
}
