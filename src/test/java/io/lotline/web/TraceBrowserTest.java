package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real headless Chromium, an auditor traces a serial of the demo pump housing back to its supplier lot on the
 * trace page's graph (collapsing and expanding it), then opens the process history of that resin lot: the timeline
 * and the BPMN diagram drawn by bpmn-js with the path taken marked.
 */
class TraceBrowserTest extends BrowserTest {
    @Test
    void anAuditorTracesASerialBackToItsSupplierLotAndOpensTheLotsProcessTimeline() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post("admin", "/api/suppliers", Map.of("code", supplier, "name", supplier, "status", "APPROVED"));
        String supplierLot = "PC-" + UUID.randomUUID().toString().substring(0, 8);
        String resin = inspectedResinLot(supplier, supplierLot);
        String serial = firstSerialOfHousingsMadeFrom(resin);

        logIn("auditor", "auditor");
        browser.get(url("/trace"));
        browser.findElement(By.id("trace-id")).sendKeys(serial);
        browser.findElement(By.id("direction-backward")).click();
        submitAndWait(By.id("trace-submit"));

        assertThat(browser.findElement(By.id("trace-root")).getText()).isEqualTo("SERIAL " + serial);
        By supplierNode = By.cssSelector("#trace-graph g.trace-node[data-node='SUPPLIER:" + supplier + "/" + supplierLot + "']");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(supplierNode));
        assertThat(browser.findElement(supplierNode).getText()).contains(supplierLot);
        assertThat(browser.findElements(By.cssSelector("#trace-graph g.trace-node[data-node='MATERIAL_LOT:" + resin + "']")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("total-lots")).getText()).isEqualTo("2");

        By lotToggle = By.cssSelector("#trace-graph g.trace-node[data-node='MATERIAL_LOT:" + resin + "'] .trace-toggle");
        browser.findElement(lotToggle).click();
        assertThat(browser.findElements(supplierNode)).isEmpty();
        browser.findElement(lotToggle).click();
        assertThat(browser.findElements(supplierNode)).hasSize(1);

        browser.get(url("/audit/history"));
        browser.findElement(By.id("history-id")).sendKeys(resin);
        submitAndWait(By.id("history-submit"));
        By timeline = By.cssSelector("section.process-timeline[data-process='incoming-inspection'] ol.timeline");
        assertThat(browser.findElement(timeline).getText()).contains("Claim Task — tech")
                .contains("Task \"Perform incoming inspection\" completed — tech").contains("decision = PASS")
                .contains("Ended: Lot released");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bpmn-canvas.rendered")));
        assertThat(browser.findElements(By.cssSelector(".bpmn-canvas .path-taken"))).isNotEmpty();
    }

    /** A polycarbonate lot from a new supplier (inspected at the NORMAL stage), inspected PASS. */
    private String inspectedResinLot(String supplier, String supplierLot) {
        JsonNode receipt = post("tech", "/api/receipts", Map.of("supplierCode", supplier, "partNumber", "RES-PC-2458",
                "supplierLotNumber", supplierLot, "purchaseOrder", "PO-77", "quantity", 25, "unit", "kg",
                "manufacturedOn", LocalDate.now().minusDays(10).toString()));
        String resin = receipt.path("lotNumber").asText();
        post("tech", "/api/tasks/" + taskOf("tech", resin, "performInspection") + "/complete", Map.of("decision", "PASS",
                "results", List.of(Map.of("characteristic", "Melt flow rate", "value", "18"),
                        Map.of("characteristic", "Moisture content", "value", "0.01"),
                        Map.of("characteristic", "Pellet appearance", "value", "PASS"),
                        Map.of("characteristic", "Certificate matches PO", "value", "PASS"))));
        return resin;
    }

    private String firstSerialOfHousingsMadeFrom(String resin) {
        String batch = post("tech", "/api/batches", Map.of("productPartNumber", "HSG-INF-200", "plannedQuantity", 3,
                "machineId", "ENGEL-07", "moldId", "M-4471", "cavities", 2, "shift", "B", "operator", "j.doe",
                "setup", Map.of("dryingTemperature", 120, "dryingTimeHours", 4, "meltTemperature", 295,
                        "injectionPressure", 1100, "holdPressure", 600, "cycleTime", 23))).path("batchNumber").asText();
        post("tech", "/api/batches/" + batch + "/start", Map.of());
        post("tech", "/api/batches/" + batch + "/consumptions", Map.of("lotNumber", resin, "quantity", 1));
        String lot = post("tech", "/api/batches/" + batch + "/complete", Map.of("goodQuantity", 3, "scrapQuantity", 0))
                .path("finishedLotNumber").asText();
        JsonNode trace = rest.withBasicAuth("auditor", "auditor").getForObject("/api/trace/forward/" + lot, JsonNode.class);
        for (JsonNode node : trace.path("nodes")) {
            if (node.path("type").asText().equals("SERIAL")) {
                return node.path("id").asText();
            }
        }
        throw new AssertionError("no serial in " + lot);
    }
}
