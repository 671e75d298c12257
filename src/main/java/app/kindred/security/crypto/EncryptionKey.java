package app.kindred.security.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** One AES key and the short id that every value encrypted with it carries. */
public record EncryptionKey(String id, SecretKey key) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int GENERATED_KEY_BYTES = 32;

    public EncryptionKey {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A key id is 1 to 32 letters, digits, '-' or '_', not '" + id + "'");
        }
        int bytes = key.getEncoded().length;
        if (bytes != 16 && bytes != 24 && bytes != 32) {
            throw new IllegalArgumentException("Key '" + id + "' has " + bytes + " bytes; AES needs 16, 24 or 32 (32 preferred)");
        }
    }

    /** A new random AES-256 key. */
    public static EncryptionKey generate(String id) {
        byte[] bytes = new byte[GENERATED_KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new EncryptionKey(id, new SecretKeySpec(bytes, "AES"));
    }

    /**
     * Reads {@code id1:base64key,id2:base64key} (commas or line breaks between keys), the format of
     * KINDRED_ENCRYPTION_KEYS and of the key file. The order is kept: the first key encrypts.
     */
    public static List<EncryptionKey> parseList(String spec) {
        List<EncryptionKey> keys = new ArrayList<>();
        for (String entry : spec.split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("An encryption key is written id:base64key; got an entry without an id");
            }
            String id = entry.substring(0, colon);
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(entry.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException("Key '" + id + "' is not valid base64");
            }
            if (keys.stream().anyMatch(k -> k.id().equals(id))) {
                throw new IllegalArgumentException("Key id '" + id + "' appears twice");
            }
            keys.add(new EncryptionKey(id, new SecretKeySpec(bytes, "AES")));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No encryption key given");
        }
        return List.copyOf(keys);
    }

    /** The {@code id:base64key} form that {@link #parseList} reads. */
    public String toSpec() {
        return id + ":" + Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** Never prints the key itself, so a key can not end up in a log by accident. */
    @Override
    public String toString() {
        return "EncryptionKey[" + id + "]";
    }
}
