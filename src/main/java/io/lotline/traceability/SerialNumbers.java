package io.lotline.traceability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serial numbers from the configured pattern ({@code lotline.serials.pattern}): literal letters, digits and '-',
 * {@code {yy}} or {@code {yyyy}} for the production year, and exactly one {@code {seq:N}}, the plant-wide counter
 * zero-padded to N digits. The result must fit GS1 AI (21), at most 20 characters; the pattern is checked at start-up.
 */
@Component
public class SerialNumbers {
    private static final Pattern TOKEN = Pattern.compile("\\{(yy|yyyy|seq:(\\d{1,2}))}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9-]*");
    private static final int MAX_LENGTH = 20;

    private final JdbcTemplate jdbc;
    private final String pattern;
    private final int sequenceDigits;

    public SerialNumbers(JdbcTemplate jdbc, @Value("${lotline.serials.pattern}") String pattern) {
        this.jdbc = jdbc;
        this.pattern = pattern;
        this.sequenceDigits = validate(pattern);
    }

    /** Reserves {@code count} consecutive numbers; the counter row stays locked until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> next(int count, LocalDate producedOn) {
        jdbc.update("UPDATE serial_counter SET next_value = next_value + ? WHERE name = 'SERIAL'", count);
        Long end = jdbc.queryForObject("SELECT next_value FROM serial_counter WHERE name = 'SERIAL'", Long.class);
        long first = end - count;
        if (String.valueOf(end - 1).length() > sequenceDigits) {
            throw new ConflictException("The serial pattern " + pattern + " has run out of numbers ({seq:" + sequenceDigits
                    + "} reached " + (end - 1) + "); widen the sequence in lotline.serials.pattern");
        }
        List<String> serials = new ArrayList<>(count);
        for (long value = first; value < end; value++) {
            serials.add(format(value, producedOn));
        }
        return serials;
    }

    String format(long value, LocalDate producedOn) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "yy" -> "%02d".formatted(producedOn.getYear() % 100);
                case "yyyy" -> String.valueOf(producedOn.getYear());
                default -> ("%0" + sequenceDigits + "d").formatted(value);
            };
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Returns the sequence width, or refuses a pattern that could produce duplicates or invalid GS1 serials. */
    static int validate(String pattern) {
        Matcher m = TOKEN.matcher(pattern);
        int length = 0;
        int digits = 0;
        int sequences = 0;
        int last = 0;
        while (m.find()) {
            String literal = pattern.substring(last, m.start());
            requireLiteral(pattern, literal);
            length += literal.length();
            if (m.group(2) != null) {
                sequences++;
                digits = Integer.parseInt(m.group(2));
                length += digits;
            } else {
                length += m.group(1).length();
            }
            last = m.end();
        }
        String tail = pattern.substring(last);
        requireLiteral(pattern, tail);
        length += tail.length();
        if (sequences != 1 || digits < 4) {
            throw new IllegalStateException("lotline.serials.pattern '" + pattern
                    + "' needs exactly one {seq:N} with N of 4 or more, so that serials never repeat");
        }
        if (length > MAX_LENGTH) {
            throw new IllegalStateException("lotline.serials.pattern '" + pattern + "' makes serials of " + length
                    + " characters; GS1 AI (21) allows at most " + MAX_LENGTH);
        }
        return digits;
    }

    private static void requireLiteral(String pattern, String literal) {
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalStateException("lotline.serials.pattern '" + pattern + "' may contain only letters, digits, '-'"
                    + " and the tokens {yy}, {yyyy}, {seq:N}; '" + literal + "' is not allowed");
        }
    }
}
