package app.kindred.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void the_shipped_list_holds_the_ten_thousand_most_common_passwords() {
        assertThat(CommonPasswords.size()).isEqualTo(10_000);
        assertThat(CommonPasswords.contains("123456")).isTrue();
        assertThat(CommonPasswords.contains("PassWord")).as("case is ignored").isTrue();
        assertThat(CommonPasswords.contains("# The 10,000 most common passwords")).as("comments are not entries").isFalse();
    }

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertThat(policy.problemWith("tulip garden", "ana")).isEmpty();
        assertThat(policy.problemWith("tulip garde", "ana")).get().asString().contains("at least 12");
        assertThat(policy.problemWith(null, "ana")).isPresent();
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // Eleven emoji are 22 UTF-16 units but only 11 characters.
        assertThat(policy.problemWith("🌷".repeat(11), "ana")).get().asString().contains("at least 12");
    }

    @Test
    void there_are_no_composition_rules() {
        assertThat(policy.problemWith("we met in lisbon in the rain", "ana")).isEmpty();
        assertThat(policy.problemWith("kuvdzepwoqhx", "ana")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "QWERTY123456", "qazwsxedcrfv", "leavemealone", "1q2w3e4r5t6y"})
    void passwords_on_the_common_list_are_refused(String common) {
        assertThat(policy.problemWith(common, "ana")).get().asString().contains("commonly used");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password2024!", "Sunshine123456", "!!monkey!!1234", "2024iloveyou2024"})
    void a_common_password_with_digits_or_symbols_added_is_still_common(String padded) {
        assertThat(policy.problemWith(padded, "ana")).get().asString().contains("commonly used");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abcabcabcabc", "121212121212", "123456789012", "abcdefghijkl", "987654321098"})
    void repeats_and_sequences_are_refused(String simple) {
        assertThat(policy.problemWith(simple, "ana")).get().asString().contains("repeat or sequence");
    }

    @Test
    void the_username_is_refused_in_any_case() {
        assertThat(policy.problemWith("Dr.Ana.Lopez.2", "dr.ana.lopez.2")).get().asString().contains("username");
    }
}
