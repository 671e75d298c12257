package app.kindred.security.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the missing key into the short "what happened, what to do" that Boot prints at startup. */
public class MissingEncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingEncryptionKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingEncryptionKeyException cause) {
        return new FailureAnalysis(cause.getMessage()
                + " Kindred encrypts clinical notes and two-factor secrets and will not start without a key.",
                "Generate a key (openssl rand -base64 32) and start with KINDRED_ENCRYPTION_KEYS=k1:<that key>."
                        + " Keep it safe and apart from database backups. See docs/SECURITY.md.",
                cause);
    }
}
