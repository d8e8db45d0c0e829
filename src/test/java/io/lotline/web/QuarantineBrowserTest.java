package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A lot that fails incoming inspection goes through quarantine: the technician records the nonconformance, a QC
 * manager signs SCRAP — in a real headless Chromium, on the demo data.
 */
class QuarantineBrowserTest extends BrowserTest {
    @Test
    void aFailedLotIsScrappedBySignedDisposition() {
        logIn("tech2", "tech2");
        browser.get(url("/receiving"));
        new Select(browser.findElement(By.id("supplierCode"))).selectByValue("POLYRES");
        new Select(browser.findElement(By.id("partNumber"))).selectByValue("RES-PP-H120");
        browser.findElement(By.id("supplierLotNumber")).sendKeys("PP-BAD-01");
        browser.findElement(By.id("purchaseOrder")).sendKeys("PO-90001");
        browser.findElement(By.id("quantity")).sendKeys("800");
        submitAndWait(By.id("receive"));
        String lot = browser.findElement(By.id("lot-number")).getText();

        claimTaskFor(lot);
        browser.findElement(By.id("value-0")).sendKeys("12");
        browser.findElement(By.id("value-1")).sendKeys("0.905");
        new Select(browser.findElement(By.id("value-2"))).selectByValue("FAIL");
        browser.findElement(By.id("decision-fail")).click();
        browser.findElement(By.id("comment")).sendKeys("Metal particles found in sample");
        submitAndWait(By.id("submit-inspection"));
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("QUARANTINED");

        browser.get(url("/quarantine"));
        WebElement row = browser.findElement(By.cssSelector("#quarantine-list tr[data-lot='" + lot + "']"));
        assertThat(row.getText()).contains("FAILED_INSPECTION").contains("Record nonconformance");

        claimTaskFor(lot);
        browser.findElement(By.id("description")).sendKeys("Metal particles in the whole delivery");
        new Select(browser.findElement(By.id("defectCategory"))).selectByValue("CONTAMINATION");
        browser.findElement(By.id("quantityAffected")).sendKeys("800");
        submitAndWait(By.id("record-nonconformance"));
        assertThat(browser.findElement(By.id("open-task")).getText()).isEqualTo("Decide disposition");

        browser.findElement(By.id("logout")).click();
        logIn("manager", "manager");
        claimTaskFor(lot);
        browser.findElement(By.id("disposition-SCRAP")).click();
        browser.findElement(By.id("justification")).sendKeys("Contamination cannot be removed");
        browser.findElement(By.id("open-signature")).click();
        assertThat(browser.findElement(By.cssSelector("#disposition-signature .signature-meaning")).getText())
                .isEqualTo("Approved disposition");
        browser.findElement(By.id("disposition-signature-password")).sendKeys("manager");
        submitAndWait(By.id("disposition-signature-sign"));

        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("SCRAPPED");
        WebElement nonconformance = browser.findElement(By.cssSelector("section.nonconformance"));
        assertThat(nonconformance.findElement(By.cssSelector(".disposition")).getText()).isEqualTo("SCRAP");
        assertThat(nonconformance.findElement(By.cssSelector(".signer")).getText()).isEqualTo("Maria Manager");
        assertThat(nonconformance.findElement(By.cssSelector(".meaning")).getText()).isEqualTo("Approved disposition");
    }
}
