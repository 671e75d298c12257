package app.kindred.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough to resist guessing (12 characters), with no
 * composition rules, which only push people towards predictable patterns. Instead, as NIST SP
 * 800-63B advises, it refuses what attackers try first: the most common passwords (also with
 * digits or symbols stuck to either end), simple repeats and sequences, and the username.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Shorter units repeated ("abcabcabcabc") count as one guess, not as a long password. */
    private static final int MAX_REPEATED_UNIT = 4;

    /** Empty when acceptable, otherwise the reason in words a user understands. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A short sentence is easy to remember.");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("The password must not be your username.");
        }
        if (isCommon(password)) {
            return Optional.of("This password is on a list of commonly used passwords, the first ones attackers try."
                    + " Choose another one.");
        }
        if (isRepeat(password) || isSequence(password)) {
            return Optional.of("This password is a simple repeat or sequence of characters. Choose another one.");
        }
        return Optional.empty();
    }

    private static boolean isCommon(String password) {
        if (CommonPasswords.contains(password)) {
            return true;
        }
        // "summer2024!" is "summer" to a password cracker: its rules add digits and symbols to list words.
        String core = password.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return core.length() >= 4 && !core.equals(password) && CommonPasswords.contains(core);
    }

    private static boolean isRepeat(String password) {
        for (int unit = 1; unit <= MAX_REPEATED_UNIT; unit++) {
            if (password.length() % unit == 0 && password.substring(0, unit).repeat(password.length() / unit)
                    .equalsIgnoreCase(password)) {
                return true;
            }
        }
        return false;
    }

    /** "123456789012", "abcdefghijkl", "987654321098": each character one step from the last. */
    private static boolean isSequence(String password) {
        String text = password.toLowerCase(Locale.ROOT);
        int direction = step(text.charAt(0), text.charAt(1));
        if (direction != 1 && direction != -1) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (step(text.charAt(i - 1), text.charAt(i)) != direction) {
                return false;
            }
        }
        return true;
    }

    /** +1 or -1 for neighbours in the digits (wrapping 9 to 0) or the alphabet, 0 otherwise. */
    private static int step(char from, char to) {
        if (Character.isDigit(from) && Character.isDigit(to)) {
            int difference = Math.floorMod(to - from, 10);
            return difference == 1 ? 1 : difference == 9 ? -1 : 0;
        }
        if (from >= 'a' && from <= 'z' && to >= 'a' && to <= 'z' && Math.abs(to - from) == 1) {
            return to - from;
        }
        return 0;
    }
}
