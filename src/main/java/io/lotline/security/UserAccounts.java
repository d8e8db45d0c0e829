package io.lotline.security;

import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as sign-in and signing see them: loading a user for authentication, counting failed passwords into a
 * lockout (21 CFR 11.300(d)), signature re-authentication (11.200) and a user's own password change.
 */
@Service
public class UserAccounts implements UserDetailsService {
    /** Granted to an account whose password was set by an administrator or has aged out: it may only change it. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final AppUserRepository users;
    private final PasswordHistoryRepository passwordHistory;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SecurityEvents securityEvents;
    private final SecuritySettings settings;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public UserAccounts(AppUserRepository users, PasswordHistoryRepository passwordHistory, PasswordEncoder passwordEncoder,
                        PasswordPolicy policy, SecurityEvents securityEvents, SecuritySettings settings,
                        AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.passwordHistory = passwordHistory;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.securityEvents = securityEvents;
        this.settings = settings;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Instant now = clock.instant();
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.getRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        if (mustChangePassword(user, now)) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return new LotlineUser(user.getUsername(), user.getPasswordHash(), !user.isDeactivated(), !user.isLocked(now),
                authorities, user.getFailedLoginAttempts(), user.getLastLoginAt());
    }

    private boolean mustChangePassword(AppUser user, Instant now) {
        return user.isPasswordChangeRequired() || settings.passwordAging() && user.getPasswordChangedAt() != null
                && !now.isBefore(user.getPasswordChangedAt().plus(settings.passwordMaxAge()));
    }

    /**
     * Creates an account whose password is already its own (demo users, the first administrator from the environment,
     * test fixtures): the password policy is not applied. Administrators create users through
     * {@link UserAdministration}, which issues a one-time password instead.
     */
    @Transactional
    public void create(String username, String password, String fullName, Set<Role> roles) {
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("User " + username + " already exists");
        }
        rememberPassword(users.save(new AppUser(username, passwordEncoder.encode(password), fullName, null, roles, false,
                clock.instant())));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "USER", username)
                .set("fullName", fullName)
                .set("roles", Role.names(roles)));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    /** A signed-in person as other features name them. */
    public record Person(String username, String fullName) {}

    /** Active (not deactivated, not locked) accounts holding the role, by user name. */
    @Transactional(readOnly = true)
    public List<Person> activeHoldersOf(Role role) {
        Instant now = clock.instant();
        return users.findAllByOrderByUsernameAsc().stream()
                .filter(u -> u.getRoles().contains(role) && u.status(now) == AccountStatus.ACTIVE)
                .map(u -> new Person(u.getUsername(), u.getFullName())).toList();
    }

    @Transactional(readOnly = true)
    public String fullName(String username) {
        return users.findByUsername(username).map(AppUser::getFullName)
                .orElseThrow(() -> new NotFoundException("No user " + username));
    }

    /**
     * Counts a wrong password at sign-in, in a transaction of its own (the sign-in has none). The
     * {@code lotline.security.max-failed-logins}-th in a row locks the account and raises a security event.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedLogin(String username, String sourceAddress) {
        users.lockByUsername(username).ifPresentOrElse(
                user -> countFailure(user, sourceAddress, "Wrong password at sign-in"),
                () -> auditTrail.record(AuditEvent.of(AuditAction.LOGIN_FAILED, "USER", truncated(username))
                        .set("source", sourceAddress)
                        .reason("Sign-in with an unknown user name")));
    }

    /** A successful sign-in ends the run of failures and is the account's last login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(String username) {
        users.lockByUsername(username).ifPresent(user -> user.recordLogin(clock.instant()));
    }

    private void countFailure(AppUser user, String sourceAddress, String what) {
        Instant now = clock.instant();
        int before = user.getFailedLoginAttempts();
        boolean locked = user.recordLoginFailure(now, settings.maxFailedLogins(), settings.lockoutDuration());
        auditTrail.record(AuditEvent.of(AuditAction.LOGIN_FAILED, "USER", user.getUsername())
                .set("source", sourceAddress)
                .change("failedLoginAttempts", before, user.getFailedLoginAttempts())
                .reason(what));
        if (locked) {
            String detail = "Account " + user.getUsername() + " locked until " + user.getLockedUntil() + " after "
                    + user.getFailedLoginAttempts() + " failed passwords in a row"
                    + (sourceAddress == null ? "" : ", the last from " + sourceAddress);
            auditTrail.record(AuditEvent.of(AuditAction.ACCOUNT_LOCKED, "USER", user.getUsername())
                    .change("status", AccountStatus.ACTIVE, AccountStatus.LOCKED)
                    .reason(detail));
            securityEvents.raise(SecurityEventKind.ACCOUNT_LOCKED, user.getUsername(), sourceAddress, detail);
        }
    }

    /**
     * Re-authenticates a signer (21 CFR 11.200). Runs in its own transaction, on a connection of its own, so that a
     * failure and the lock it may cause are kept even though the signed action is rolled back. A transaction that
     * holds row locks while it waits for this second connection can starve the pool when enough requests queue behind
     * those locks: callers invoke it before locking a row that requests queue for (a lot being issued or put on hold).
     * A wrong password here also counts towards the account lockout.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = ActionForbiddenException.class)
    public void verifySigningPassword(String username, String password) {
        AppUser user = users.lockByUsername(username)
                .orElseThrow(() -> new ActionForbiddenException("Unknown signer " + username));
        Instant now = clock.instant();
        if (user.isSigningLocked(now)) {
            throw new ActionForbiddenException("Signing is locked for " + username + " until "
                    + user.getSigningLockedUntil() + " after " + AppUser.SIGNING_ATTEMPTS_BEFORE_LOCK
                    + " wrong passwords in a row");
        }
        if (password != null && passwordEncoder.matches(password, user.getPasswordHash())) {
            user.recordSigningSuccess();
            return;
        }
        user.recordSigningFailure(now);
        boolean nowLocked = user.isSigningLocked(now);
        auditTrail.record(AuditEvent.of(AuditAction.SIGNATURE_FAILED, "USER", username)
                .reason(nowLocked ? "Wrong signing password; signing locked until " + user.getSigningLockedUntil()
                        : "Wrong signing password"));
        countFailure(user, null, "Wrong password at a signature");
        throw new ActionForbiddenException(nowLocked
                ? "Wrong password. Signing is now locked for " + AppUser.SIGNING_LOCK.toMinutes() + " minutes."
                : "Wrong password: the signature was not applied and nothing was approved.");
    }

    /** The signed-in user chooses a new password: the current one must be right, the new one must pass the policy. */
    @Transactional(noRollbackFor = ActionForbiddenException.class)
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        List<InvalidInputException.FieldError> missing = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            missing.add(new InvalidInputException.FieldError("currentPassword", "is required"));
        }
        if (newPassword == null || newPassword.isEmpty()) {
            missing.add(new InvalidInputException.FieldError("newPassword", "is required"));
        }
        throwIfAny(missing);
        AppUser user = users.lockByUsername(username).orElseThrow(() -> new NotFoundException("No user " + username));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            countFailure(user, null, "Wrong current password at a password change");
            throw new ActionForbiddenException("The current password is wrong; the password was not changed.");
        }
        policy.check("newPassword", username, newPassword);
        List<PasswordHistory> recent = settings.passwordHistory() <= 0 ? List.of()
                : passwordHistory.findByUserIdOrderByIdDesc(user.getId(), PageRequest.of(0, settings.passwordHistory()));
        for (PasswordHistory earlier : recent) {
            if (passwordEncoder.matches(newPassword, earlier.getPasswordHash())) {
                throw new InvalidInputException("newPassword", "must differ from your last "
                        + settings.passwordHistory() + " passwords");
            }
        }
        setPassword(user, newPassword, false);
        auditTrail.record(AuditEvent.of(AuditAction.PASSWORD_CHANGED, "USER", username)
                .reason("Changed by the user"));
    }

    /** Stores a new password (its hash) and remembers it for the reuse rule. */
    void setPassword(AppUser user, String password, boolean changeRequired) {
        user.setPassword(passwordEncoder.encode(password), changeRequired, clock.instant());
        rememberPassword(user);
    }

    /** Adds the user's current password (its hash) to their history, for the reuse rule. */
    void rememberPassword(AppUser user) {
        passwordHistory.save(new PasswordHistory(user.getId(), user.getPasswordHash(), user.getPasswordChangedAt()));
    }

    private static String truncated(String username) {
        return username == null ? "" : username.length() > 60 ? username.substring(0, 60) : username;
    }
}
