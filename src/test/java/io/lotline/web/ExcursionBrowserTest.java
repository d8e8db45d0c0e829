package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A room's particle count goes beyond its action limit while a batch runs on a press in it: the batch page shows
 * the excursion hold and the excursion, and the room page the excursion with the batch it held and the room's
 * machines — in a real headless Chromium.
 */
class ExcursionBrowserTest extends BrowserTest {
    @Test
    void anExcursionHoldsTheRunningBatchAndBothPagesShowIt() {
        String room = "CR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String press = "IMM-" + room;
        post("admin", "/api/rooms", Map.of("code", room, "name", "Cleanroom " + room, "isoClass", 7));
        rest.withBasicAuth("admin", "admin").put("/api/machines/" + press, Map.of("name", "Engel victory 120",
                "roomCode", room));
        String batch = post("tech", "/api/batches", Map.of("productPartNumber", "HSG-INF-200", "plannedQuantity", 100,
                "machineId", press, "moldId", "M-4471", "cavities", 2, "shift", "A", "operator", "j.doe",
                "setup", Map.of("dryingTemperature", 120, "dryingTimeHours", 4, "meltTemperature", 295,
                        "injectionPressure", 1100, "holdPressure", 600, "cycleTime", 23))).path("batchNumber").asText();
        post("tech", "/api/batches/" + batch + "/start", Map.of());
        JsonNode excursion = post("tech", "/api/rooms/" + room + "/readings", Map.of("parameter", "PARTICLES_0_5_UM",
                "value", 500000, "takenAt", Instant.now().toString())).path("excursions").get(0);
        String number = excursion.path("excursionNumber").asText();

        logIn("auditor", "auditor");
        browser.get(url("/batches/" + batch));
        assertThat(browser.findElement(By.id("batch-status")).getText()).isEqualTo("ON_HOLD");
        assertThat(browser.findElement(By.cssSelector(".open-hold")).getText()).contains("EXCURSION", number);
        WebElement exposure = browser.findElement(
                By.cssSelector("#batch-excursions tr[data-excursion='" + number + "']"));
        assertThat(exposure.getText()).contains("PARTICLES_0_5_UM", "ACTION", "Open", "500000");
        assertThat(browser.findElement(By.id("batch-room")).getText())
                .isEqualTo(room + " · Cleanroom " + room + " (ISO 7)");

        browser.findElement(By.cssSelector("#batch-room a")).click();
        waitForPage("/rooms/" + room);
        WebElement listed = browser.findElement(By.cssSelector("#excursions tr[data-excursion='" + number + "']"));
        assertThat(listed.findElement(By.cssSelector(".held-batches")).getText()).startsWith(batch + " (HOLD-");
        assertThat(browser.findElement(By.cssSelector("#machine-list tr[data-machine='" + press + "']")).getText())
                .contains("Engel victory 120", "admin");

        listed.findElement(By.cssSelector(".held-batches a")).click();
        waitForPage("/batches/" + batch);
        assertThat(browser.findElement(By.id("batch-number")).getText()).isEqualTo(batch);

        browser.get(url("/rooms/CR-1"));
        assertThat(browser.findElements(By.cssSelector("#machine-list tr[data-machine]")))
                .as("the demo cell and its presses").extracting(row -> row.getAttribute("data-machine"))
                .contains("ARBURG-03", "ENGEL-07");
    }

    @Test
    void aTechnicianAssessesAnExcursionAndAManagerSignsItsDecisionOnTheTaskPages() {
        String room = "CR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        post("admin", "/api/rooms", Map.of("code", room, "name", "Cleanroom " + room, "isoClass", 8));
        String number = post("tech", "/api/rooms/" + room + "/readings", Map.of("parameter", "RELATIVE_HUMIDITY",
                "value", 71, "takenAt", Instant.now().toString())).path("excursions").get(0).path("excursionNumber")
                .asText();

        logIn("tech", "tech");
        browser.get(url("/tasks?excursionNumber=" + number));
        submitAndWait(By.cssSelector("#task-list tr[data-excursion='" + number + "'] button.claim"));
        assertThat(browser.findElement(By.id("exposure")).getText()).contains("finished lots made in the room"
                + " meanwhile: none");
        browser.findElement(By.id("affectedLots")).sendKeys("FL-0000-000000");
        submitAndWait(By.id("submit-assessment"));
        assertThat(browser.findElement(By.id("form-error")).getText()).contains("Correct the marked fields");
        assertThat(browser.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText))
                .contains("is required", "no finished lot FL-0000-000000 was made in room " + room);
        browser.findElement(By.id("affectedLots")).clear();
        browser.findElement(By.id("assessment")).sendKeys("Humidity only; no batch ran in the room");
        submitAndWait(By.id("submit-assessment"));
        assertThat(browser.findElement(By.id("excursion-assessment")).getText())
                .isEqualTo("Humidity only; no batch ran in the room (tech)");

        logIn("manager", "manager");
        browser.get(url("/tasks?excursionNumber=" + number));
        submitAndWait(By.cssSelector("#task-list tr[data-excursion='" + number + "'] button.claim"));
        browser.findElement(By.id("decision-NO_IMPACT")).click();
        browser.findElement(By.id("justification")).sendKeys("Humidity does not affect polycarbonate once dried");
        browser.findElement(By.id("open-signature")).click();
        assertThat(browser.findElement(By.cssSelector("#excursion-decision-signature .signature-meaning")).getText())
                .isEqualTo("Approved excursion impact decision");
        browser.findElement(By.id("excursion-decision-signature-password")).sendKeys("manager");
        submitAndWait(By.id("excursion-decision-signature-sign"));

        assertThat(browser.findElement(By.id("excursion-decision")).getText()).startsWith("NO_IMPACT");
        assertThat(browser.findElement(By.cssSelector("#excursion-facts .signer")).getText()).isEqualTo("Maria Manager");
        assertThat(browser.findElement(By.id("excursion-status")).getText()).as("still beyond the limits")
                .isEqualTo("OPEN");
    }
}
