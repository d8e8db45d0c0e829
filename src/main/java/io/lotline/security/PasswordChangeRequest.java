package io.lotline.security;

public record PasswordChangeRequest(String currentPassword, String newPassword) {}
