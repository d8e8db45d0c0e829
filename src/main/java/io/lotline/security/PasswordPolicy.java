package io.lotline.security;

import io.lotline.traceability.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (OWASP ASVS 5.0 6.2, NIST SP 800-63B 3.1.1.2): long enough, not a common or breached
 * password (nor one with digits appended, "password1234"), not containing the user name. No composition rules. Reuse
 * of the last passwords is checked by {@link UserAccounts}, which has the history.
 */
@Component
public class PasswordPolicy {
    /** bcrypt reads no further than 72 bytes; Spring's encoder refuses longer input rather than truncating it. */
    static final int MAX_BYTES = 72;
    /**
     * The 30,000 most common passwords of the zxcvbn project's frequency list (from leaked password corpora), as
     * shipped in the zxcvbn4j library.
     */
    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final SecuritySettings settings;
    private final Set<String> blocked;

    public PasswordPolicy(SecuritySettings settings) {
        this.settings = settings;
        this.blocked = loadBlocklist(settings);
    }

    /** Refuses the password with 422 naming the rule it breaks. */
    public void check(String field, String username, String password) {
        String broken = brokenRule(username, password);
        if (broken != null) {
            throw new InvalidInputException(field, broken);
        }
    }

    private String brokenRule(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < settings.passwordMinLength()) {
            return "must be at least " + settings.passwordMinLength() + " characters long";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must be at most " + MAX_BYTES + " bytes long";
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (blocked.contains(lower) || blocked.contains(lower.replaceFirst("\\d+$", ""))) {
            return "is one of the most common or breached passwords (digits added at the end do not change that); "
                    + "choose a less guessable one, e.g. several unrelated words";
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "must not contain the user name";
        }
        return null;
    }

    private static Set<String> loadBlocklist(SecuritySettings settings) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + COMMON_PASSWORDS + " is not on the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(line -> add(words, line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (settings.passwordBlocklist() != null) {
            try (Stream<String> lines = Files.lines(settings.passwordBlocklist(), StandardCharsets.UTF_8)) {
                lines.forEach(line -> add(words, line));
            } catch (IOException e) {
                throw new IllegalStateException("lotline.security.password-blocklist " + settings.passwordBlocklist()
                        + " cannot be read", e);
            }
        }
        return Set.copyOf(words);
    }

    private static void add(Set<String> words, String line) {
        String word = line.trim().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
            words.add(word);
        }
    }
}
