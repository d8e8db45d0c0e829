package io.lotline.security;

import java.util.List;

public record UserRequest(String username, String fullName, String email, List<String> roles) {}
