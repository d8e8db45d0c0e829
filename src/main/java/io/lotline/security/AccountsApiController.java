package io.lotline.security;

import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.CurrentUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, API tokens and security events (README, "Accounts and access"). */
@RestController
@RequestMapping("/api")
public class AccountsApiController {
    private final UserAdministration administration;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final SecurityEvents securityEvents;

    public AccountsApiController(UserAdministration administration, UserAccounts accounts, ApiTokens tokens,
                                 SecurityEvents securityEvents) {
        this.administration = administration;
        this.accounts = accounts;
        this.tokens = tokens;
        this.securityEvents = securityEvents;
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUser createUser(@RequestBody UserRequest request) {
        return administration.create(request);
    }

    @GetMapping("/users")
    List<UserView> users() {
        return administration.list();
    }

    @GetMapping("/users/{username}")
    UserView user(@PathVariable String username) {
        return administration.get(username);
    }

    @PutMapping("/users/{username}/roles")
    UserView changeRoles(@PathVariable String username, @RequestBody RolesRequest request) {
        return administration.changeRoles(username, request);
    }

    @PostMapping("/users/{username}/deactivate")
    UserView deactivate(@PathVariable String username, @RequestBody ReasonRequest request) {
        return administration.deactivate(username, request);
    }

    @PostMapping("/users/{username}/unlock")
    UserView unlock(@PathVariable String username, @RequestBody ReasonRequest request) {
        return administration.unlock(username, request);
    }

    @PostMapping("/users/{username}/reset-password")
    InitialPassword resetPassword(@PathVariable String username, @RequestBody ReasonRequest request) {
        return administration.resetPassword(username, request);
    }

    @PostMapping("/users/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@RequestBody PasswordChangeRequest request) {
        if (ApiTokenAuthentication.isCurrent()) {
            throw new ActionForbiddenException("An API token has no password to change.");
        }
        accounts.changeOwnPassword(CurrentUser.id(), request.currentPassword(), request.newPassword());
    }

    @PostMapping("/api-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedApiToken createToken(@RequestBody ApiTokenRequest request) {
        return tokens.create(request);
    }

    @GetMapping("/api-tokens")
    List<ApiTokenView> tokens() {
        return tokens.list();
    }

    @DeleteMapping("/api-tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable long id, @RequestParam(required = false) String reason) {
        tokens.revoke(id, reason);
    }

    /** The last {@code days} days (default 30), newest first. */
    @GetMapping("/security/events")
    List<SecurityEventView> securityEvents(@RequestParam(defaultValue = "30") int days) {
        return securityEvents.recent(Math.max(1, Math.min(days, 3650)));
    }
}
