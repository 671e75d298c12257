package app.kindred.security;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough to resist guessing (12 characters), with no
 * composition rules, which only push people towards predictable patterns.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Empty when acceptable, otherwise the reason in words a user understands. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A short sentence is easy to remember.");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("The password must not be your username.");
        }
        return Optional.empty();
    }
}
