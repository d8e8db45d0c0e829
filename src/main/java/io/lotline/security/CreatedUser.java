package io.lotline.security;

import java.util.List;

/** A new account with its one-time password, shown this once. */
public record CreatedUser(String username, String fullName, String email, List<Role> roles, AccountStatus status,
                          String initialPassword) {}
