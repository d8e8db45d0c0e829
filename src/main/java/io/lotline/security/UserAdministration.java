package io.lotline.security;

import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration (admins): accounts are created with a one-time password, given roles, locked out, unlocked and
 * deactivated, never deleted, and their names are never reused (21 CFR 11.300(a)). Every change is audited with its
 * reason in the same transaction.
 */
@Service
public class UserAdministration {
    private static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{1,59}";
    /** "me" names the signed-in user in the API; "system" is who acts for engine jobs. */
    private static final Set<String> RESERVED_USERNAMES = Set.of("me", CurrentUser.SYSTEM, "anonymoususer");
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** No 0/O, 1/l/I: one-time passwords are read off a screen and typed. */
    private static final char[] PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int INITIAL_PASSWORD_LENGTH = 16;

    private final AppUserRepository users;
    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignedInSessions sessions;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public UserAdministration(AppUserRepository users, UserAccounts accounts, PasswordEncoder passwordEncoder,
                              SignedInSessions sessions, AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public CreatedUser create(UserRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.username() == null || !request.username().matches(USERNAME_PATTERN)) {
            errors.add(new FieldError("username", "2 to 60 lower-case letters, digits, '.', '_' or '-', starting with a letter"));
        } else if (RESERVED_USERNAMES.contains(request.username())) {
            errors.add(new FieldError("username", request.username() + " is reserved; choose another"));
        }
        requireText(request.fullName(), "fullName", 200, errors);
        String email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
        if (email != null && (!email.matches(EMAIL_PATTERN) || email.length() > 200)) {
            errors.add(new FieldError("email", "must be an e-mail address (name@example.com), at most 200 characters"));
        }
        Set<Role> roles = roles(request.roles(), errors);
        throwIfAny(errors);
        if (users.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("The user name " + request.username() + " is or was in use; user names are never "
                    + "reused (21 CFR 11.300(a)), so signatures and audit entries keep naming one person. Choose another.");
        }
        String initialPassword = oneTimePassword();
        Instant now = clock.instant();
        AppUser user = users.save(new AppUser(request.username(), passwordEncoder.encode(initialPassword),
                request.fullName().trim(), email, roles, true, now));
        accounts.rememberPassword(user);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "USER", user.getUsername())
                .set("fullName", user.getFullName())
                .set("email", email)
                .set("roles", Role.names(roles))
                .reason("Created with a one-time password"));
        return new CreatedUser(user.getUsername(), user.getFullName(), email, sorted(roles), AccountStatus.ACTIVE,
                initialPassword);
    }

    @Transactional(readOnly = true)
    public List<UserView> list() {
        Instant now = clock.instant();
        return users.findAllByOrderByUsernameAsc().stream().map(u -> view(u, now)).toList();
    }

    @Transactional(readOnly = true)
    public UserView get(String username) {
        return view(find(username, false), clock.instant());
    }

    @Transactional
    public UserView changeRoles(String username, RolesRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = roles(request.roles(), errors);
        String reason = reason(request.reason(), errors);
        throwIfAny(errors);
        if (username.equals(CurrentUser.id())) {
            throw new ConflictException("You cannot change your own roles; another administrator must do it.");
        }
        AppUser user = find(username, true);
        refuseIfDeactivated(user);
        Set<Role> before = user.getRoles();
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            refuseIfLastAdministrator(user, "take the ADMIN role from");
        }
        user.changeRoles(roles);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "USER", username)
                .change("roles", Role.names(before), Role.names(roles))
                .reason(reason));
        sessions.endAll(username); // roles are read at sign-in: the user signs in again with the new ones
        return view(user, clock.instant());
    }

    @Transactional
    public UserView deactivate(String username, ReasonRequest request) {
        String reason = requiredReason(request);
        if (username.equals(CurrentUser.id())) {
            throw new ConflictException("You cannot deactivate your own account; another administrator must do it.");
        }
        AppUser user = find(username, true);
        refuseIfDeactivated(user);
        if (user.getRoles().contains(Role.ADMIN)) {
            refuseIfLastAdministrator(user, "deactivate");
        }
        AccountStatus before = user.status(clock.instant());
        user.deactivate();
        auditTrail.record(AuditEvent.of(AuditAction.STATUS_CHANGE, "USER", username)
                .change("status", before, AccountStatus.DEACTIVATED)
                .reason(reason));
        sessions.endAll(username);
        return view(user, clock.instant());
    }

    @Transactional
    public UserView unlock(String username, ReasonRequest request) {
        String reason = requiredReason(request);
        AppUser user = find(username, true);
        refuseIfDeactivated(user);
        Instant now = clock.instant();
        if (!user.isLocked(now) && !user.isSigningLocked(now)) {
            throw new ConflictException("Account " + username + " is not locked.");
        }
        AccountStatus before = user.status(now);
        user.unlock();
        auditTrail.record(AuditEvent.of(AuditAction.ACCOUNT_UNLOCKED, "USER", username)
                .change("status", before, AccountStatus.ACTIVE)
                .reason(reason));
        return view(user, now);
    }

    /** Issues a new one-time password (which also ends a lockout): the user must choose their own at next sign-in. */
    @Transactional
    public InitialPassword resetPassword(String username, ReasonRequest request) {
        String reason = requiredReason(request);
        AppUser user = find(username, true);
        refuseIfDeactivated(user);
        AccountStatus before = user.status(clock.instant());
        String initialPassword = oneTimePassword();
        accounts.setPassword(user, initialPassword, true);
        user.unlock();
        auditTrail.record(AuditEvent.of(AuditAction.PASSWORD_RESET, "USER", username)
                .change("status", before, AccountStatus.ACTIVE)
                .change("passwordChangeRequired", false, true)
                .reason(reason));
        sessions.endAll(username);
        return new InitialPassword(username, initialPassword);
    }

    private AppUser find(String username, boolean forUpdate) {
        return (forUpdate ? users.lockByUsername(username) : users.findByUsername(username))
                .orElseThrow(() -> new NotFoundException("No user " + username));
    }

    private static void refuseIfDeactivated(AppUser user) {
        if (user.isDeactivated()) {
            throw new ConflictException("Account " + user.getUsername() + " is deactivated; a deactivated account is "
                    + "kept for the record and cannot be changed.");
        }
    }

    private void refuseIfLastAdministrator(AppUser user, String what) {
        if (users.countActiveAdministrators() <= 1) {
            throw new ConflictException("You cannot " + what + " " + user.getUsername()
                    + ": it is the last active administrator.");
        }
    }

    private static Set<Role> roles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError("roles", "at least one of " + Arrays.toString(Role.values())));
            return roles;
        }
        for (String name : names) {
            Role role = parseEnum(Role.class, name, "roles", errors);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static String requiredReason(ReasonRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String reason = reason(request == null ? null : request.reason(), errors);
        throwIfAny(errors);
        return reason;
    }

    private static String reason(String reason, List<FieldError> errors) {
        requireText(reason, "reason", 2000, errors);
        return reason == null ? null : reason.trim();
    }

    private String oneTimePassword() {
        char[] password = new char[INITIAL_PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)];
        }
        return new String(password);
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }

    private static UserView view(AppUser user, Instant now) {
        return new UserView(user.getUsername(), user.getFullName(), user.getEmail(), sorted(user.getRoles()),
                user.status(now), user.isLocked(now) ? user.getLockedUntil() : null, user.getLastLoginAt(),
                user.getFailedLoginAttempts(), user.getPasswordChangedAt(), user.isPasswordChangeRequired());
    }
}
