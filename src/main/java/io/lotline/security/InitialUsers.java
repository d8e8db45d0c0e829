package io.lotline.security;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a database without users, creates the first administrator from {@code LOTLINE_ADMIN_PASSWORD}.
 * The embedded default seeds demo users instead (see DemoData), so this applies where demo data is off.
 */
@Component
public class InitialUsers {
    private final UserAccounts accounts;
    private final boolean demoData;
    private final String adminPassword;

    public InitialUsers(UserAccounts accounts,
                        @Value("${lotline.demo-data.enabled}") boolean demoData,
                        @Value("${lotline.admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.demoData = demoData;
        this.adminPassword = adminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void createFirstAdministrator() {
        if (demoData || accounts.anyUserExists()) {
            return;
        }
        if (!StringUtils.hasText(adminPassword) || adminPassword.length() < 12) {
            throw new IllegalStateException("No users exist yet: set LOTLINE_ADMIN_PASSWORD (at least 12 characters) "
                    + "for the first start, so that Lotline can create the 'admin' user.");
        }
        accounts.create("admin", adminPassword, "Administrator", Set.of(Role.ADMIN));
    }
}
