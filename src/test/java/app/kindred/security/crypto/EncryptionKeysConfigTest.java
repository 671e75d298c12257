package app.kindred.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class EncryptionKeysConfigTest {

    @TempDir
    Path dataDir;

    @Test
    void keys_from_the_environment_are_used_as_given() {
        EncryptionKey key = EncryptionKey.generate("prod1");
        MockEnvironment env = new MockEnvironment().withProperty(EncryptionKeysConfig.KEYS, key.toSpec())
                .withProperty(EncryptionKeysConfig.EMBEDDED, "true").withProperty("kindred.data-dir", dataDir.toString());
        assertThat(EncryptionKeysConfig.keys(env)).extracting(EncryptionKey::id).containsExactly("prod1");
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void the_embedded_database_gets_an_owner_only_key_file_next_to_its_data_and_reuses_it() throws Exception {
        MockEnvironment env = new MockEnvironment().withProperty(EncryptionKeysConfig.EMBEDDED, "true")
                .withProperty("kindred.data-dir", dataDir.toString());
        List<EncryptionKey> first = EncryptionKeysConfig.keys(env);
        Path file = dataDir.resolve("keys/kindred.key");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        List<EncryptionKey> second = EncryptionKeysConfig.keys(env);
        assertThat(second.get(0).id()).isEqualTo(first.get(0).id()).startsWith("local-");
        assertThat(second.get(0).key().getEncoded()).isEqualTo(first.get(0).key().getEncoded());
        String stored = new FieldCipher(first).encrypt("kept across restarts");
        assertThat(new FieldCipher(second).decrypt(stored)).isEqualTo("kept across restarts");
    }

    @Test
    void an_external_database_without_a_key_refuses_to_start_and_says_what_to_do() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/kindred")
                .withProperty("kindred.data-dir", dataDir.toString());
        assertThatThrownBy(() -> EncryptionKeysConfig.keys(env)).isInstanceOf(MissingEncryptionKeyException.class)
                .hasMessageContaining("KINDRED_ENCRYPTION_KEYS");
        assertThat(dataDir.resolve("keys")).doesNotExist();
        FailureAnalysis analysis = new MissingEncryptionKeyFailureAnalyzer().analyze(new MissingEncryptionKeyException());
        assertThat(analysis.getAction()).contains("openssl rand -base64 32").contains("KINDRED_ENCRYPTION_KEYS=");
    }

    @Test
    void an_invalid_key_setting_stops_the_start_with_the_reason() {
        MockEnvironment env = new MockEnvironment().withProperty(EncryptionKeysConfig.KEYS, "k1:tooshort");
        assertThatThrownBy(() -> EncryptionKeysConfig.keys(env)).hasMessageContaining("KINDRED_ENCRYPTION_KEYS is not valid");
    }
}
