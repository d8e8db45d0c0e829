package io.lotline.security;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserAccounts implements UserDetailsService {
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .roles(user.getRoles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }

    @Transactional
    public void create(String username, String password, String fullName, Set<Role> roles) {
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("User " + username + " already exists");
        }
        users.save(new AppUser(username, passwordEncoder.encode(password), fullName, roles));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "USER", username)
                .set("fullName", fullName)
                .set("roles", new TreeSet<>(roles.stream().map(Role::name).toList())));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public String fullName(String username) {
        return users.findByUsername(username).map(AppUser::getFullName)
                .orElseThrow(() -> new NotFoundException("No user " + username));
    }

    /**
     * Re-authenticates a signer (21 CFR 11.200). Runs in its own transaction, on a connection of its own, so that a
     * failure and the lock it may cause are kept even though the signed action is rolled back. A transaction that
     * holds row locks while it waits for this second connection can starve the pool when enough requests queue behind
     * those locks: callers invoke it before locking a row that requests queue for (a lot being issued or put on hold).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = ActionForbiddenException.class)
    public void verifySigningPassword(String username, String password) {
        AppUser user = users.findByUsername(username)
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
        throw new ActionForbiddenException(nowLocked
                ? "Wrong password. Signing is now locked for " + AppUser.SIGNING_LOCK.toMinutes() + " minutes."
                : "Wrong password: the signature was not applied and nothing was approved.");
    }
}
