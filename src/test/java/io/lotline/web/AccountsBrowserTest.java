package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator creates a technician on the users page; the technician signs in with the one-time password and is
 * made to choose their own before anything else — in a real headless Chromium, on the demo data.
 */
class AccountsBrowserTest extends BrowserTest {
    @Test
    void aNewUserChoosesTheirOwnPasswordAtFirstSignIn() {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 6);
        logIn("admin", "admin");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/users");
        browser.findElement(By.id("new-username")).sendKeys(username);
        browser.findElement(By.id("new-fullName")).sendKeys("Nora Newcomer");
        browser.findElement(By.id("new-email")).sendKeys(username + "@plant.example");
        browser.findElement(By.id("new-role-QC_TECHNICIAN")).click();
        submitAndWait(By.id("create-user"));
        String initialPassword = browser.findElement(By.id("initial-password")).getText();
        assertThat(initialPassword).hasSize(16);
        assertThat(browser.findElement(By.id("user-list")).getText()).contains(username).contains("Nora Newcomer");
        submitAndWait(By.id("logout"));

        logIn(username, initialPassword);
        assertThat(browser.getCurrentUrl()).endsWith("/account/password");
        assertThat(browser.findElement(By.id("change-required")).isDisplayed()).isTrue();
        browser.findElement(By.id("currentPassword")).sendKeys(initialPassword);
        browser.findElement(By.id("newPassword")).sendKeys("password12345");
        browser.findElement(By.id("confirmPassword")).sendKeys("password12345");
        submitAndWait(By.id("change-password"));
        assertThat(browser.findElement(By.id("newPassword-error")).getText()).contains("most common");

        browser.findElement(By.id("currentPassword")).sendKeys(initialPassword);
        browser.findElement(By.id("newPassword")).sendKeys("amber falcon riverbank");
        browser.findElement(By.id("confirmPassword")).sendKeys("amber falcon riverbank");
        submitAndWait(By.id("change-password"));
        assertThat(browser.getCurrentUrl()).contains("/tasks");
        assertThat(browser.findElement(By.id("password-changed")).getText()).contains("Your password is changed");
        browser.get(url("/receiving"));
        assertThat(browser.findElement(By.id("supplierCode")).isDisplayed()).isTrue();
    }
}
