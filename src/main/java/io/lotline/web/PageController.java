package io.lotline.web;

import io.lotline.security.Role;
import io.lotline.traceability.CurrentUser;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class PageController {
    /** Administrators without a QC role land on users and security events; everyone else on their tasks. */
    @GetMapping("/")
    String home(@RequestParam(required = false) String passwordChanged) {
        String query = passwordChanged == null ? "" : "?passwordChanged";
        Set<String> roles = CurrentUser.roles();
        boolean administratorOnly = roles.contains(Role.ADMIN.name())
                && !roles.contains(Role.QC_TECHNICIAN.name()) && !roles.contains(Role.QC_MANAGER.name());
        return (administratorOnly ? "redirect:/admin/users" : "redirect:/tasks") + query;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
