package app.kindred.security.crypto;

/** No key is configured for a database the app does not own: refusing beats storing plaintext. */
public class MissingEncryptionKeyException extends IllegalStateException {

    public MissingEncryptionKeyException() {
        super("No encryption key: KINDRED_ENCRYPTION_KEYS is not set and an external database is configured.");
    }
}
