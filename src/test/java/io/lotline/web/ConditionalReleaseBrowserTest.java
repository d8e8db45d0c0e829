package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A technician receives and inspects a lot as CONDITIONAL; a manager approves it with an electronic signature; the
 * lot page shows CONDITIONALLY_RELEASED — in a real headless Chromium, on the demo data of the embedded default.
 */
class ConditionalReleaseBrowserTest extends BrowserTest {
    @Test
    void technicianReceivesAndInspectsManagerSignsConditionalRelease() {
        logIn("tech", "tech");
        browser.get(url("/receiving"));
        new Select(browser.findElement(By.id("supplierCode"))).selectByValue("POLYRES");
        new Select(browser.findElement(By.id("partNumber"))).selectByValue("RES-PC-2458");
        assertThat(browser.findElement(By.id("unit")).getAttribute("value")).as("unit follows the material").isEqualTo("kg");
        browser.findElement(By.id("supplierLotNumber")).sendKeys("PR-2026-0815");
        browser.findElement(By.id("purchaseOrder")).sendKeys("PO-88412");
        browser.findElement(By.id("quantity")).sendKeys("500");
        setDate("manufacturedOn", LocalDate.now().minusDays(30));
        submitAndWait(By.id("receive"));

        String lot = browser.findElement(By.id("lot-number")).getText();
        assertThat(lot).matches("ML-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("IN_INSPECTION");

        claimTaskFor(lot);
        WebElement meltFlow = browser.findElement(By.id("value-0"));
        meltFlow.sendKeys("22.5");
        assertThat(meltFlow.getAttribute("class")).as("flagged before submit").contains("out-of-limits");
        browser.findElement(By.id("value-1")).sendKeys("0.01");
        new Select(browser.findElement(By.id("value-2"))).selectByValue("PASS");
        new Select(browser.findElement(By.id("value-3"))).selectByValue("PASS");
        browser.findElement(By.id("decision-pass")).click();
        submitAndWait(By.id("submit-inspection"));
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText())
                .as("and refused on the server").contains("Melt flow rate").contains("PASS is not allowed");

        browser.findElement(By.id("decision-conditional")).click();
        browser.findElement(By.id("comment")).sendKeys("Melt flow 7% above the upper limit");
        submitAndWait(By.id("submit-inspection"));
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("IN_INSPECTION");
        assertThat(browser.findElement(By.id("open-task")).getText()).isEqualTo("Approve conditional release");

        browser.findElement(By.id("logout")).click();
        logIn("manager", "manager");
        claimTaskFor(lot);
        assertThat(browser.findElements(By.cssSelector("#approval-results tr.out-of-limits"))).hasSize(1);
        browser.findElement(By.id("approve")).click();
        browser.findElement(By.id("reason")).sendKeys("Within the validated process window");
        browser.findElement(By.id("conditions")).sendKeys("Housings only; not for fluid-path parts");
        setDate("validUntil", LocalDate.now().plusDays(45));
        browser.findElement(By.id("open-signature")).click();
        assertThat(browser.findElement(By.id("signature-dialog")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#signature-dialog .signer-name")).getText()).isEqualTo("Maria Manager");
        assertThat(browser.findElement(By.cssSelector("#signature-dialog .signature-meaning")).getText()).isEqualTo("Approved conditional release");
        browser.findElement(By.id("signature-dialog-password")).sendKeys("manager");
        submitAndWait(By.id("signature-dialog-sign"));

        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("CONDITIONALLY_RELEASED");
        assertThat(browser.findElement(By.cssSelector("#concession .signer")).getText()).isEqualTo("Maria Manager");
        assertThat(browser.findElement(By.cssSelector("#concession .meaning")).getText()).isEqualTo("Approved conditional release");
        assertThat(browser.findElement(By.id("audit-history")).getText()).contains("SIGNED CONCESSION").contains("RELEASED");
    }
}
