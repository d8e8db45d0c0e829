package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.quarantine.ShelfLifeExpiry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Expired stock in a real headless Chromium, on the demo data: the shelf-life job quarantines the lot, the disposition
 * page offers only scrap, return or extension, a technician re-tests and a QC manager signs a new expiry date within
 * the material's maximum.
 */
class ShelfLifeBrowserTest extends BrowserTest {
    @Autowired ShelfLifeExpiry shelfLifeExpiry;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anExpiredLotIsReTestedAndItsShelfLifeExtendedBySignature() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post("admin", "/api/suppliers", Map.of("code", supplier, "name", supplier, "status", "APPROVED"));
        String lot = post("tech", "/api/receipts", Map.of("supplierCode", supplier, "partNumber", "RES-PP-H120",
                "supplierLotNumber", "PP-" + supplier, "purchaseOrder", "PO-1", "quantity", 25, "unit", "kg",
                "manufacturedOn", LocalDate.now().minusDays(10).toString())).path("lotNumber").asText();
        post("tech", "/api/tasks/" + taskOf("tech", lot, "performInspection") + "/complete", Map.of("decision", "PASS",
                "results", List.of(Map.of("characteristic", "Melt flow rate", "value", "12"),
                        Map.of("characteristic", "Density", "value", "0.905"),
                        Map.of("characteristic", "Contamination check", "value", "PASS"))));
        LocalDate expiredOn = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        jdbc.update("UPDATE material_lot SET expires_on = ? WHERE lot_number = ?", expiredOn, lot);
        assertThat(shelfLifeExpiry.expireLots()).contains(lot);

        logIn("manager", "manager");
        browser.get(url("/quarantine"));
        assertThat(browser.findElement(By.cssSelector("#quarantine-list tr[data-lot='" + lot + "']")).getText())
                .contains("SHELF_LIFE_EXPIRED").contains("Decide disposition");
        claimTaskFor(lot);
        assertThat(browser.findElements(By.cssSelector("input[name='disposition']")).stream()
                .map(radio -> radio.getAttribute("value")).toList())
                .containsExactly("RETURN_TO_SUPPLIER", "SCRAP", "EXTEND_SHELF_LIFE");
        browser.findElement(By.id("disposition-EXTEND_SHELF_LIFE")).click();
        browser.findElement(By.id("justification")).sendKeys("Supplier allows a re-test of this grade");
        browser.findElement(By.id("open-signature")).click();
        browser.findElement(By.id("disposition-signature-password")).sendKeys("manager");
        submitAndWait(By.id("disposition-signature-sign"));
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("QUARANTINED");
        browser.findElement(By.id("logout")).click();

        logIn("tech2", "tech2");
        claimTaskFor(lot);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Re-test inspection");
        browser.findElement(By.id("value-0")).sendKeys("12.4");
        browser.findElement(By.id("value-1")).sendKeys("0.904");
        new Select(browser.findElement(By.id("value-2"))).selectByValue("PASS");
        browser.findElement(By.id("decision-pass")).click();
        submitAndWait(By.id("submit-inspection"));
        browser.findElement(By.id("logout")).click();

        logIn("manager", "manager");
        claimTaskFor(lot);
        assertThat(browser.findElement(By.id("retest-outcome")).getText()).contains("PASS by tech2");
        assertThat(browser.findElement(By.id("extension-bound")).getText()).contains(expiredOn.plusDays(180).toString());
        assertThat(browser.findElement(By.id("expiresOn")).getAttribute("max")).isEqualTo(expiredOn.plusDays(180).toString());
        setDate("expiresOn", LocalDate.now(ZoneOffset.UTC));
        browser.findElement(By.id("justification")).sendKeys("Re-test within specification");
        browser.findElement(By.id("open-signature")).click();
        browser.findElement(By.id("extension-signature-password")).sendKeys("manager");
        submitAndWait(By.id("extension-signature-sign"));
        assertThat(browser.findElement(By.cssSelector("#extension-form .field-error")).getText()).isEqualTo("must be after today");

        setDate("expiresOn", expiredOn.plusDays(120));
        browser.findElement(By.id("open-signature")).click();
        browser.findElement(By.id("extension-signature-password")).sendKeys("manager");
        submitAndWait(By.id("extension-signature-sign"));

        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("RELEASED");
        assertThat(browser.findElement(By.cssSelector("section.nonconformance .extension")).getText())
                .contains("to " + expiredOn.plusDays(120));
    }
}
