package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A real headless Chromium against the application on the embedded default's demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        // CI installs Chromium (.ci/run); a developer machine without it skips rather than fails
        assumeTrue(Browser.installed() || System.getenv("CI") != null, "Debian chromium and chromium-driver are not installed");
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Signs in, waiting for the page after the sign-in: when someone is signed in already, the login page shows their
     * name too, and reading it before the navigation would read the old page.
     */
    void logIn(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        submitAndWait(By.id("login"));
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo(user);
    }

    /** Claims the lot's task on the task list and waits until its form has replaced the list. */
    void claimTaskFor(String lot) {
        browser.get(url("/tasks?lotNumber=" + lot));
        submitAndWait(By.cssSelector("#task-list tr[data-lot='" + lot + "'] button.claim"));
    }

    /** Claims the signed-in user's task {@code taskKey} of the lot and checks that its form at {@code formPath} opens. */
    void claimTaskFor(String lot, String taskKey, String formPath) {
        browser.get(url("/tasks?lotNumber=" + lot));
        submitAndWait(By.cssSelector("#task-list tr[data-lot='" + lot + "'][data-task='" + taskKey + "'] button.claim"));
        waitForPage(formPath);
    }

    /** Date inputs take locale-dependent keystrokes; setting the ISO value is what a date picker does. */
    void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, date.toString());
    }

    /**
     * Clicks a submit button and waits until its page has been replaced by the response. The old page is marked and
     * the wait ends when a loaded page without the mark is there: asking the old button whether it went stale races
     * with the navigation (Chromium may answer that its node "does not belong to the document").
     */
    void submitAndWait(By button) {
        WebElement submit = browser.findElement(button);
        browser.executeScript("window.lotlineSubmitted = true;");
        submit.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return window.lotlineSubmitted === undefined && document.readyState === 'complete';")));
    }

    void waitForPage(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
    }

    String taskOf(String user, String lot, String taskKey) {
        JsonNode tasks = rest.withBasicAuth(user, user).getForObject("/api/tasks?lotNumber={lot}&taskKey={key}",
                JsonNode.class, lot, taskKey);
        for (JsonNode task : tasks) {
            if (lot.equals(task.path("lotNumber").asText()) && taskKey.equals(task.path("taskKey").asText())) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError("no " + taskKey + " task for " + lot);
    }

    /** A demo user's API call (password = user name) that must succeed. */
    JsonNode post(String user, String path, Object body) {
        var response = rest.withBasicAuth(user, user).postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + ": " + response.getBody()).isTrue();
        return response.getBody();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
