package io.lotline.security;

import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import io.lotline.web.FormParams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin pages for users and API tokens (auditors read them), and every user's own password change. */
@Controller
public class AccountsPageController {
    private static final int SECURITY_EVENT_DAYS = 30;

    private final UserAdministration administration;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final SecurityEvents securityEvents;
    private final SecuritySettings settings;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    public AccountsPageController(UserAdministration administration, UserAccounts accounts, ApiTokens tokens,
                                  SecurityEvents securityEvents, SecuritySettings settings) {
        this.administration = administration;
        this.accounts = accounts;
        this.tokens = tokens;
        this.securityEvents = securityEvents;
        this.settings = settings;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        return showUsers(model, Map.of(), FormErrors.none(), null);
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam Map<String, String> params, @RequestParam(required = false) List<String> roles,
                      Model model, HttpServletResponse response) {
        try {
            CreatedUser created = administration.create(new UserRequest(params.get("username"), params.get("fullName"),
                    params.get("email"), roles));
            return showUsers(model, Map.of(), FormErrors.none(), created);
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showUsers(model, params, FormErrors.of(e), null);
        }
    }

    private String showUsers(Model model, Map<String, String> entered, FormErrors errors, CreatedUser created) {
        model.addAttribute("users", administration.list());
        model.addAttribute("events", securityEvents.recent(SECURITY_EVENT_DAYS));
        model.addAttribute("eventDays", SECURITY_EVENT_DAYS);
        model.addAttribute("roles", Role.values());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        return "security/users";
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Model model) {
        return showUser(model, username, FormErrors.none(), null);
    }

    @PostMapping("/admin/users/{username}/roles")
    String changeRoles(@PathVariable String username, @RequestParam(required = false) List<String> roles,
                       @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        return attempt(username, "roles.", model, response,
                () -> administration.changeRoles(username, new RolesRequest(roles, reason)));
    }

    @PostMapping("/admin/users/{username}/deactivate")
    String deactivate(@PathVariable String username, @RequestParam(required = false) String reason, Model model,
                      HttpServletResponse response) {
        return attempt(username, "deactivate.", model, response,
                () -> administration.deactivate(username, new ReasonRequest(reason)));
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, @RequestParam(required = false) String reason, Model model,
                  HttpServletResponse response) {
        return attempt(username, "unlock.", model, response,
                () -> administration.unlock(username, new ReasonRequest(reason)));
    }

    @PostMapping("/admin/users/{username}/reset-password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String reason, Model model,
                         HttpServletResponse response) {
        try {
            InitialPassword reset = administration.resetPassword(username, new ReasonRequest(reason));
            return showUser(model, username, FormErrors.none(), reset.initialPassword());
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showUser(model, username, FormErrors.of(e).prefixed("reset."), null);
        }
    }

    private String attempt(String username, String form, Model model, HttpServletResponse response,
                           Supplier<UserView> change) {
        try {
            change.get();
            return "redirect:/admin/users/" + username + "?saved";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showUser(model, username, FormErrors.of(e).prefixed(form), null);
        }
    }

    private String showUser(Model model, String username, FormErrors errors, String initialPassword) {
        model.addAttribute("account", administration.get(username));
        model.addAttribute("roles", Role.values());
        model.addAttribute("self", username.equals(CurrentUser.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("initialPassword", initialPassword);
        return "security/user";
    }

    @GetMapping("/admin/api-tokens")
    String apiTokens(Model model) {
        return showTokens(model, Map.of(), FormErrors.none(), null);
    }

    @PostMapping("/admin/api-tokens")
    String createToken(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        try {
            CreatedApiToken created = tokens.create(new ApiTokenRequest(params.get("name"), params.get("role"),
                    FormParams.optionalDate(params, "expiresOn")));
            return showTokens(model, Map.of(), FormErrors.none(), created);
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showTokens(model, params, FormErrors.of(e), null);
        }
    }

    @PostMapping("/admin/api-tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                       HttpServletResponse response) {
        try {
            tokens.revoke(id, reason);
            return "redirect:/admin/api-tokens?revoked";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showTokens(model, Map.of(), FormErrors.of("revoke", e.getMessage()), null);
        }
    }

    private String showTokens(Model model, Map<String, String> entered, FormErrors errors, CreatedApiToken created) {
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("maxLifetimeDays", settings.maxTokenLifetimeDays());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        return "security/tokens";
    }

    @GetMapping(SignInFilters.CHANGE_PASSWORD_PAGE)
    String passwordForm(Model model) {
        return showPasswordForm(model, FormErrors.none());
    }

    @PostMapping(SignInFilters.CHANGE_PASSWORD_PAGE)
    String changePassword(@RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword,
                          @RequestParam(required = false) String confirmPassword,
                          Model model, HttpServletRequest request, HttpServletResponse response) {
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            response.setStatus(422);
            return showPasswordForm(model, FormErrors.of("confirmPassword", "does not match the new password"));
        }
        try {
            accounts.changeOwnPassword(CurrentUser.id(), currentPassword, newPassword);
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return showPasswordForm(model, FormErrors.of(e));
        }
        signInAgainWithoutChangeRequirement(request, response);
        return "redirect:/?passwordChanged";
    }

    /** The session's authorities were read at sign-in and still demand a change: read them again. */
    private void signInAgainWithoutChangeRequirement(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        UserDetails reloaded = accounts.loadUserByUsername(current.getName());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reloaded, null,
                reloaded.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }

    private String showPasswordForm(Model model, FormErrors errors) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("required", current != null && current.getAuthorities().stream()
                .anyMatch(a -> UserAccounts.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority())));
        model.addAttribute("minLength", settings.passwordMinLength());
        model.addAttribute("history", settings.passwordHistory());
        model.addAttribute("errors", errors);
        return "security/password";
    }
}
