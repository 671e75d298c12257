package app.kindred.security.totp;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes as every authenticator app makes them by default: HMAC-SHA-1, 30-second steps,
 * 6 digits. A code is accepted one step early or late, for clocks that drift and people who type
 * slowly, but never for a step already used, so an overheard code can not be replayed.
 */
@Component
public class Totp {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    static final int WINDOW_STEPS = 1;
    private static final int SECRET_BYTES = 20;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new 160-bit secret (the size RFC 4226 recommends), base32 as apps expect it. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The 30-second step the app's clock is in now. */
    public long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    }

    /**
     * The step whose code this is, if it is within one step of now and later than
     * {@code lastUsedStep}; empty for anything else, including malformed input.
     */
    public OptionalLong match(String base32Secret, String code, long lastUsedStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        byte[] typed = digits.getBytes(StandardCharsets.US_ASCII);
        for (long step = now - WINDOW_STEPS; step <= now + WINDOW_STEPS; step++) {
            boolean equal = MessageDigest.isEqual(codeAt(base32Secret, step).getBytes(StandardCharsets.US_ASCII), typed);
            if (equal && step > lastUsedStep) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code an app shows during the given step (RFC 4226 dynamic truncation). */
    public String codeAt(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(Base32.decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    /** The otpauth:// address that authenticator apps read from a QR code. */
    public static String otpauthUri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + PERIOD_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
