package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real headless Chromium: an admin gives a new material ISO 2859-1 sampling on the Master data page (a level
 * without an AQL is refused next to the field), and the technician's inspection task of a lot of it says how many
 * items to sample and the acceptance and rejection numbers, and takes the count of nonconforming items: the rejection
 * number refuses PASS next to the field, one fewer releases the lot; a lot sorted 100 % is split on the same page.
 */
class SamplingBrowserTest extends BrowserTest {
    @Test
    void aSampledMaterialsInspectionTaskShowsThePlan() {
        String part = "INS-B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        logIn("admin", "admin");
        browser.get(url("/master-data"));
        browser.findElement(By.id("partNumber")).sendKeys(part);
        browser.findElement(By.id("description")).sendKeys("Brass insert M4");
        browser.findElement(By.id("unit")).sendKeys("pcs");
        browser.findElement(By.name("characteristic0")).sendKeys("Thread gauge");
        browser.findElement(By.name("attribute0")).click();
        new Select(browser.findElement(By.id("samplingLevel"))).selectByValue("II");
        submitAndWait(By.cssSelector("#material-form button[type='submit']"));
        assertThat(browser.findElement(By.xpath("//select[@id='samplingAql']/following-sibling::span[1]")).getText())
                .contains("give an AQL of the standard's series");

        new Select(browser.findElement(By.id("samplingAql"))).selectByValue("1.0");
        submitAndWait(By.cssSelector("#material-form button[type='submit']"));
        assertThat(browser.findElement(By.id("material-list")).getText())
                .contains(part).contains("Sampling: ISO 2859-1 level II, AQL 1");
        browser.findElement(By.id("logout")).click();

        String lot = post("tech", "/api/receipts", Map.of("supplierCode", "POLYRES", "partNumber", part,
                "supplierLotNumber", "BR-" + part, "purchaseOrder", "PO-77", "quantity", 500, "unit", "pcs",
                "manufacturedOn", LocalDate.now().minusDays(3).toString())).path("lotNumber").asText();
        logIn("tech", "tech");
        claimTaskFor(lot, "performInspection", "/inspection");
        assertThat(browser.findElement(By.id("sampling-plan")).getText())
                .contains("Sample 50 items").contains("code letter H")
                .contains("accept with at most 1 nonconforming, do not accept with 2 or more");
        assertThat(browser.findElement(By.id("sample-0")).getAttribute("value")).as("the plan's sample").isEqualTo("50");

        browser.findElement(By.id("defectives-0")).sendKeys("2");
        browser.findElement(By.id("decision-pass")).click();
        submitAndWait(By.id("submit-inspection"));
        assertThat(browser.findElement(By.cssSelector("#inspection-form .field-error")).getText())
                .contains("2 nonconforming of 50 reaches the rejection number 2");
        browser.findElement(By.id("defectives-0")).clear();
        browser.findElement(By.id("defectives-0")).sendKeys("1");
        browser.findElement(By.id("decision-pass")).click();
        submitAndWait(By.id("submit-inspection"));
        waitForPage("/lots/" + lot);
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("RELEASED");
        assertThat(browser.findElement(By.cssSelector(".inspection-record")).getText())
                .contains("PASS (1 nonconforming of 50)").contains("code letter H, n = 50, Ac 1, Re 2");
    }

    @Test
    void aTechnicianSplitsASortedLotOnTheInspectionPage() {
        String lot = post("tech", "/api/receipts", Map.of("supplierCode", "POLYRES", "partNumber", "INS-SS-M3",
                "supplierLotNumber", "SORT-" + UUID.randomUUID().toString().substring(0, 8), "purchaseOrder", "PO-78",
                "quantity", 500, "unit", "pcs", "manufacturedOn", LocalDate.now().minusDays(3).toString()))
                .path("lotNumber").asText();
        logIn("tech", "tech");
        claimTaskFor(lot, "performInspection", "/inspection");
        browser.findElement(By.id("value-0")).sendKeys("5.00");
        browser.findElement(By.id("value-1")).sendKeys("6.00");
        browser.findElement(By.id("defectives-2")).sendKeys("3");
        browser.findElement(By.id("decision-split")).click();
        browser.findElement(By.id("acceptedQuantity")).sendKeys("490");
        browser.findElement(By.id("rejectedQuantity")).sendKeys("20");
        browser.findElement(By.id("comment")).sendKeys("Sorted 100 % on the thread gauge");
        submitAndWait(By.id("submit-inspection"));
        assertThat(browser.findElement(By.xpath("//input[@id='acceptedQuantity']/following-sibling::span[1]")).getText())
                .contains("must add up to the lot's 500 pcs");
        assertThat(browser.findElement(By.id("defectives-2")).getAttribute("value")).as("kept for the correction").isEqualTo("3");

        browser.findElement(By.id("rejectedQuantity")).clear();
        browser.findElement(By.id("rejectedQuantity")).sendKeys("10");
        browser.findElement(By.id("decision-split")).click();
        submitAndWait(By.id("submit-inspection"));
        waitForPage("/lots/" + lot);
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("CONSUMED");
        assertThat(browser.findElement(By.cssSelector(".inspection-record .split")).getText())
                .isEqualTo("Split after sorting: 490 pcs accepted, 10 pcs rejected");
    }
}
