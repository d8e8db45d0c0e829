package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A technician plans and starts a molding run of the demo product, records readings, and one breaks an SPC rule:
 * the batch is on hold at once and the control chart marks the point — in a real headless Chromium.
 */
class ProductionBrowserTest extends BrowserTest {
    @Test
    void aReadingBeyondThreeSigmaPutsTheBatchOnHoldAndIsMarkedOnTheChart() {
        logIn("tech", "tech");
        browser.get(url("/batches"));
        new Select(browser.findElement(By.id("productPartNumber"))).selectByValue("HSG-INF-200");
        browser.findElement(By.id("plannedQuantity")).sendKeys("4000");
        browser.findElement(By.id("machineId")).sendKeys("ENGEL-07");
        browser.findElement(By.id("moldId")).sendKeys("M-4471");
        browser.findElement(By.id("cavities")).sendKeys("4");
        browser.findElement(By.id("shift")).sendKeys("B");
        browser.findElement(By.id("operator")).sendKeys("j.doe");
        submitAndWait(By.id("create-batch"));
        assertThat(browser.findElement(By.id("batch-status")).getText()).isEqualTo("PLANNED");

        for (String[] setting : List.of(new String[] {"dryingTemperature", "120"}, new String[] {"dryingTimeHours", "4"},
                new String[] {"meltTemperature", "295"}, new String[] {"injectionPressure", "1100"},
                new String[] {"holdPressure", "600"}, new String[] {"cycleTime", "23"})) {
            browser.findElement(By.id("setup-" + setting[0])).sendKeys(setting[1]);
        }
        submitAndWait(By.id("start-batch"));
        assertThat(browser.findElement(By.id("batch-status")).getText()).isEqualTo("RUNNING");

        recordMeltTemperature("296.1");
        recordMeltTemperature("294.2");
        assertThat(browser.findElement(By.id("batch-status")).getText()).isEqualTo("RUNNING");
        recordMeltTemperature("305.5");

        assertThat(browser.findElement(By.id("batch-status")).getText()).isEqualTo("ON_HOLD");
        assertThat(browser.findElement(By.cssSelector(".open-hold .hold-reason")).getText())
                .contains("Melt temperature reading #3 = 305.5 °C: one point beyond 3 sigma");
        WebElement chart = browser.findElement(By.id("chart-melt-temperature"));
        List<WebElement> points = chart.findElements(By.cssSelector("circle.point"));
        assertThat(points).hasSize(3);
        List<WebElement> violating = chart.findElements(By.cssSelector("circle.violation"));
        assertThat(violating).hasSize(1);
        assertThat(violating.get(0).getAttribute("data-seq")).isEqualTo("3");
        assertThat(chart.findElements(By.cssSelector("line.control-limit"))).hasSize(2);
        assertThat(chart.findElements(By.cssSelector("line.center-line"))).hasSize(1);
        assertThat(browser.findElements(By.id("issue-section"))).isEmpty();

        browser.get(url("/tasks?taskKey=investigateHold"));
        String batch = browser.findElement(By.cssSelector("#task-list tr[data-task='investigateHold']")).getAttribute("data-batch");
        assertThat(batch).matches("PB-\\d{4}-\\d{6}");
    }

    private void recordMeltTemperature(String value) {
        new Select(browser.findElement(By.id("reading-parameter"))).selectByValue("Melt temperature");
        browser.findElement(By.id("reading-value")).sendKeys(value);
        submitAndWait(By.id("record-reading"));
    }

}
