package app.kindred.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final EncryptionKey OLD = EncryptionKey.generate("k2024");
    static final EncryptionKey NEW = EncryptionKey.generate("k2025");
    static final String NOTE = "B. said the silence after arguments feels like being left. Zoë nodded.";

    @Test
    void a_value_decrypts_to_what_was_encrypted_and_names_its_key() {
        FieldCipher cipher = new FieldCipher(List.of(OLD));
        String stored = cipher.encrypt(NOTE);
        assertThat(stored).startsWith("v1:k2024:").doesNotContain("silence").doesNotContain("Zoë");
        assertThat(FieldCipher.keyIdOf(stored)).isEqualTo("k2024");
        assertThat(cipher.decrypt(stored)).isEqualTo(NOTE);
    }

    @Test
    void the_same_text_encrypts_differently_every_time() {
        FieldCipher cipher = new FieldCipher(List.of(OLD));
        assertThat(cipher.encrypt(NOTE)).isNotEqualTo(cipher.encrypt(NOTE));
    }

    @Test
    void after_rotation_new_values_use_the_new_key_and_old_values_still_read() {
        String writtenBefore = new FieldCipher(List.of(OLD)).encrypt(NOTE);
        FieldCipher rotated = new FieldCipher(List.of(NEW, OLD));
        assertThat(rotated.decrypt(writtenBefore)).isEqualTo(NOTE);
        String writtenAfter = rotated.encrypt(NOTE);
        assertThat(FieldCipher.keyIdOf(writtenAfter)).isEqualTo("k2025");
        assertThatThrownBy(() -> new FieldCipher(List.of(OLD)).decrypt(writtenAfter))
                .hasMessageContaining("'k2025'").hasMessageContaining("not configured");
    }

    @Test
    void an_altered_value_is_refused() {
        FieldCipher cipher = new FieldCipher(List.of(OLD));
        String stored = cipher.encrypt(NOTE);
        byte[] bytes = Base64.getDecoder().decode(stored.substring("v1:k2024:".length()));
        bytes[20] ^= 1;
        String altered = "v1:k2024:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(altered)).hasMessageContaining("does not decrypt");
    }

    @Test
    void the_key_id_is_authenticated_too() {
        // Same key material under two ids: relabelling a value must still be detected.
        EncryptionKey twin = new EncryptionKey("other", OLD.key());
        FieldCipher cipher = new FieldCipher(List.of(OLD, twin));
        String relabelled = cipher.encrypt(NOTE).replace("v1:k2024:", "v1:other:");
        assertThatThrownBy(() -> cipher.decrypt(relabelled)).hasMessageContaining("does not decrypt");
    }

    @Test
    void plaintext_in_the_column_is_never_passed_off_as_decrypted() {
        FieldCipher cipher = new FieldCipher(List.of(OLD));
        assertThatThrownBy(() -> cipher.decrypt(NOTE)).hasMessageContaining("not in the encrypted format");
    }

    @Test
    void keys_are_read_from_the_environment_format_in_order() {
        String spec = NEW.toSpec() + "," + OLD.toSpec();
        List<EncryptionKey> keys = EncryptionKey.parseList(spec);
        assertThat(keys).extracting(EncryptionKey::id).containsExactly("k2025", "k2024");
        assertThat(new FieldCipher(keys).currentKeyId()).isEqualTo("k2025");
        assertThat(keys.get(0).toString()).doesNotContain(spec.split(":")[1]);
    }

    @Test
    void malformed_key_lists_are_refused_with_a_reason() {
        assertThatThrownBy(() -> EncryptionKey.parseList("no-colon")).hasMessageContaining("id:base64key");
        assertThatThrownBy(() -> EncryptionKey.parseList("k1:c2hvcnQ=")).hasMessageContaining("16, 24 or 32");
        assertThatThrownBy(() -> EncryptionKey.parseList("k1:%%%")).hasMessageContaining("base64");
        assertThatThrownBy(() -> EncryptionKey.parseList(OLD.toSpec() + "," + OLD.toSpec())).hasMessageContaining("twice");
        assertThatThrownBy(() -> EncryptionKey.parseList(" ")).hasMessageContaining("No encryption key");
    }
}
