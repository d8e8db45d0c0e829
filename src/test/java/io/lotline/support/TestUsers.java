package io.lotline.support;

import io.lotline.security.Role;
import io.lotline.security.UserAccounts;
import java.util.List;
import java.util.Set;

/** Users the integration tests log in as; created through the application on either database. */
public final class TestUsers {
    public record User(String name, String password, String fullName, Set<Role> roles) {}

    public static final User TECH = new User("it-tech", "it-tech-pw", "Ida Tech", Set.of(Role.QC_TECHNICIAN));
    public static final User TECH2 = new User("it-tech2", "it-tech2-pw", "Ivo Tech", Set.of(Role.QC_TECHNICIAN));
    public static final User MANAGER = new User("it-manager", "it-manager-pw", "Ines Manager", Set.of(Role.QC_MANAGER));
    /** Only for the signing-lock test, whose lock would otherwise block other tests. */
    public static final User LOCKED_MANAGER = new User("it-manager-lock", "it-lock-pw", "Lars Manager", Set.of(Role.QC_MANAGER));
    /** Holds both roles, so four-eyes must stop them on their own inspection. */
    public static final User TECH_AND_MANAGER = new User("it-dual", "it-dual-pw", "Dana Dual",
            Set.of(Role.QC_TECHNICIAN, Role.QC_MANAGER));
    public static final User AUDITOR = new User("it-auditor", "it-auditor-pw", "Aino Auditor", Set.of(Role.AUDITOR));
    public static final User ADMIN = new User("it-admin", "it-admin-pw", "Adam Admin", Set.of(Role.ADMIN));

    private static final List<User> ALL = List.of(TECH, TECH2, MANAGER, LOCKED_MANAGER, TECH_AND_MANAGER, AUDITOR, ADMIN);

    private TestUsers() {}

    public static void ensure(UserAccounts accounts) {
        for (User user : ALL) {
            if (!accounts.exists(user.name())) {
                accounts.create(user.name(), user.password(), user.fullName(), user.roles());
            }
        }
    }
}
