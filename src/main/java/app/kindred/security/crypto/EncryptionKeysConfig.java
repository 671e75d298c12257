package app.kindred.security.crypto;

import java.nio.file.Path;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the keys come from: KINDRED_ENCRYPTION_KEYS when set; otherwise, only for the embedded
 * database, a key file next to its data; otherwise the app refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionKeysConfig {

    static final String KEYS = "kindred.encryption.keys";
    /** Set by the embedded MariaDB when it is the datasource (see EmbeddedMariaDb). */
    static final String EMBEDDED = "kindred.embedded-db.active";

    @Bean
    FieldCipher fieldCipher(Environment env) {
        return new FieldCipher(keys(env));
    }

    static List<EncryptionKey> keys(Environment env) {
        String configured = env.getProperty(KEYS);
        if (StringUtils.hasText(configured)) {
            try {
                return EncryptionKey.parseList(configured);
            } catch (IllegalArgumentException invalid) {
                throw new IllegalStateException("KINDRED_ENCRYPTION_KEYS is not valid: " + invalid.getMessage(), invalid);
            }
        }
        if (env.getProperty(EMBEDDED, Boolean.class, false)) {
            Path dataDir = Path.of(env.getProperty("kindred.data-dir", "./data")).toAbsolutePath().normalize();
            return KeyFile.loadOrCreate(KeyFile.of(dataDir));
        }
        throw new MissingEncryptionKeyException();
    }
}
