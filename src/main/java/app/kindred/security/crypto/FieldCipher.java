package app.kindred.security.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts short texts for storage with AES-GCM. A stored value reads
 * {@code v1:<key id>:<base64 of 12-byte IV followed by ciphertext and tag>}; the "v1:key id" prefix
 * is also authenticated (associated data), so neither can be swapped without detection. The first
 * key encrypts; every key decrypts, which is what lets keys rotate.
 */
public final class FieldCipher {

    static final String FORMAT = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, EncryptionKey> keys = new LinkedHashMap<>();
    private final EncryptionKey current;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(List<EncryptionKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("At least one encryption key is needed");
        }
        keys.forEach(key -> this.keys.put(key.id(), key));
        this.current = keys.get(0);
    }

    public String currentKeyId() {
        return current.id();
    }

    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        String header = FORMAT + ":" + current.id();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return header + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(FORMAT)) {
            // Never hand back what may be plaintext or a foreign format as if it had been decrypted.
            throw new IllegalStateException("A stored value is not in the encrypted format " + FORMAT);
        }
        EncryptionKey key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("A stored value was encrypted with key '" + parts[1]
                    + "', which is not configured. Add it to KINDRED_ENCRYPTION_KEYS (after the current key).");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD((parts[0] + ":" + parts[1]).getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored value with key '" + parts[1]
                    + "' does not decrypt: it was altered, or the key with that id is not the one that wrote it", e);
        }
    }

    /** The id of the key a stored value was written with, without decrypting it. */
    public static String keyIdOf(String stored) {
        String[] parts = stored.split(":", 3);
        return parts.length == 3 && parts[0].equals(FORMAT) ? parts[1] : null;
    }
}
