package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A molding run of the demo Luer lock cap is set up over the API; then, in a real headless Chromium, a technician
 * performs the final inspection, a QC manager reviews the production record and signs the release, and the
 * technician ships part of the lot to a customer, scanning the lot into the shipping form.
 */
class ReleaseBrowserTest extends BrowserTest {
    @Test
    void aFinishedLotIsInspectedReleasedWithASignatureAndDispatched() {
        String lot = finishedLotOfLuerCaps(500);

        logIn("tech", "tech");
        claimTaskFor(lot, "finalInspection", "/inspection");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Final inspection of " + lot);
        browser.findElement(By.id("value-0")).sendKeys("10.2");
        new Select(browser.findElement(By.id("value-1"))).selectByValue("PASS");
        browser.findElement(By.id("decision-pass")).click();
        submitAndWait(By.id("submit-inspection"));
        browser.findElement(By.id("logout")).click();

        logIn("manager", "manager");
        claimTaskFor(lot, "releaseLot", "/release");
        assertThat(browser.findElement(By.id("no-blockers")).getText()).contains("No blockers");
        assertThat(browser.findElement(By.id("final-inspection")).getText()).contains("PASS").contains("tech");
        browser.findElement(By.id("decision-RELEASE")).click();
        browser.findElement(By.id("comment")).sendKeys("Record reviewed: complete and conforming");
        browser.findElement(By.id("open-signature")).click();
        assertThat(browser.findElement(By.cssSelector("#release-signature .signature-meaning")).getText())
                .isEqualTo("Released for distribution");
        browser.findElement(By.id("release-signature-password")).sendKeys("manager");
        submitAndWait(By.id("release-signature-sign"));
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("RELEASED");
        assertThat(browser.findElement(By.id("release-decision-summary")).getText()).contains("RELEASE by Maria Manager");
        browser.findElement(By.id("logout")).click();

        logIn("tech", "tech");
        browser.get(url("/shipments"));
        new Select(browser.findElement(By.id("customerCode"))).selectByValue("MEDIDIST");
        browser.findElement(By.id("orderNumber")).sendKeys("PO-MD-7781");
        browser.findElement(By.id("lines")).sendKeys(lot + " 200");
        submitAndWait(By.id("ship"));
        String shipment = browser.findElement(By.id("shipment-number")).getText();
        assertThat(shipment).matches("SH-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("shipment-customer")).getText()).startsWith("MEDIDIST");
        assertThat(browser.findElement(By.id("shipment-lines")).getText()).contains(lot).contains("200 pcs");

        browser.findElement(By.id("scan-box")).sendKeys("(01)07612345000725(10)" + lot + "\n");
        waitForPage("/lots/" + lot);
        assertThat(browser.findElement(By.id("lot-quantity")).getText()).startsWith("300 of 500");
        assertThat(browser.findElement(By.id("lot-shipments")).getText()).contains(shipment).contains("MEDIDIST");
    }

    @Test
    void aRejectedLotIsSortedOnTheDispositionPageAndItsGoodPartGoesBackToReleaseReview() {
        String lot = finishedLotOfLuerCaps(500);
        logIn("tech", "tech");
        claimTaskFor(lot, "finalInspection", "/inspection");
        browser.findElement(By.id("value-0")).sendKeys("10.2");
        new Select(browser.findElement(By.id("value-1"))).selectByValue("FAIL");
        browser.findElement(By.id("decision-fail")).click();
        browser.findElement(By.id("comment")).sendKeys("Flash at the parting line on some caps");
        submitAndWait(By.id("submit-inspection"));
        post("manager", "/api/tasks/" + taskOf("manager", lot, "releaseLot") + "/complete", Map.of("decision", "REJECT",
                "comment", "Final inspection failed", "signature", Map.of("password", "manager",
                        "meaning", "REJECTED_FOR_DISTRIBUTION")));

        claimTaskFor(lot, "recordNonconformance", "/nonconformance");
        browser.findElement(By.id("description")).sendKeys("Flash at the parting line beyond the limit sample");
        new Select(browser.findElement(By.id("defectCategory"))).selectByValue("DIMENSIONAL");
        browser.findElement(By.id("quantityAffected")).sendKeys("500");
        submitAndWait(By.id("record-nonconformance"));
        browser.findElement(By.id("logout")).click();

        logIn("manager", "manager");
        claimTaskFor(lot, "decideDisposition", "/disposition");
        assertThat(browser.findElements(By.cssSelector("input[name='disposition']")))
                .extracting(e -> e.getAttribute("value")).containsExactly("SCRAP", "REWORK", "SPLIT");
        browser.findElement(By.id("disposition-SPLIT")).click();
        browser.findElement(By.id("justification")).sendKeys("100 % sorted against the limit sample");
        browser.findElement(By.id("acceptedQuantity")).sendKeys("600");
        browser.findElement(By.id("open-signature")).click();
        browser.findElement(By.id("disposition-signature-password")).sendKeys("manager");
        submitAndWait(By.id("disposition-signature-sign"));
        assertThat(browser.findElement(By.xpath("//input[@id='acceptedQuantity']/following-sibling::span[1]")).getText())
                .contains("must be less than the lot's 500 pcs");

        browser.findElement(By.id("acceptedQuantity")).clear();
        browser.findElement(By.id("acceptedQuantity")).sendKeys("480");
        browser.findElement(By.id("open-signature")).click();
        browser.findElement(By.id("disposition-signature-password")).sendKeys("manager");
        submitAndWait(By.id("disposition-signature-sign"));
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("SCRAPPED");
        String accepted = browser.findElement(By.cssSelector(".nonconformance .accepted a")).getText();
        assertThat(browser.findElement(By.cssSelector(".nonconformance .accepted")).getText())
                .contains("480 pcs").contains("to release review as lot " + accepted);
        browser.findElement(By.cssSelector(".nonconformance .accepted a")).click();
        waitForPage("/lots/" + accepted);
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("IN_RELEASE_REVIEW");
        assertThat(browser.findElement(By.id("lot-quantity")).getText()).startsWith("480");
    }

    /** Receives and inspects a resin lot from a new supplier, then runs and completes a batch over the API. */
    private String finishedLotOfLuerCaps(int good) {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post("admin", "/api/suppliers", Map.of("code", supplier, "name", supplier, "status", "APPROVED"));
        JsonNode receipt = post("tech", "/api/receipts", Map.of("supplierCode", supplier, "partNumber", "RES-PP-H120",
                "supplierLotNumber", "PP-" + supplier, "purchaseOrder", "PO-1", "quantity", 1, "unit", "kg",
                "manufacturedOn", LocalDate.now().minusDays(10).toString()));
        String resin = receipt.path("lotNumber").asText();
        String inspection = taskOf("tech", resin, "performInspection");
        post("tech", "/api/tasks/" + inspection + "/complete", Map.of("decision", "PASS", "results", List.of(
                Map.of("characteristic", "Melt flow rate", "value", "12"), Map.of("characteristic", "Density", "value", "0.905"),
                Map.of("characteristic", "Contamination check", "value", "PASS"))));

        String batch = post("tech", "/api/batches", Map.of("productPartNumber", "CAP-LUER-10", "plannedQuantity", good,
                "machineId", "ARBURG-2", "moldId", "M-210", "cavities", 8, "shift", "A", "operator", "k.lee",
                "setup", Map.of("dryingTemperature", 80, "dryingTimeHours", 2, "meltTemperature", 220,
                        "injectionPressure", 800, "holdPressure", 400, "cycleTime", 10))).path("batchNumber").asText();
        post("tech", "/api/batches/" + batch + "/start", Map.of());
        post("tech", "/api/batches/" + batch + "/consumptions", Map.of("lotNumber", resin, "quantity", 1));
        return post("tech", "/api/batches/" + batch + "/complete", Map.of("goodQuantity", good, "scrapQuantity", 4))
                .path("finishedLotNumber").asText();
    }
}
