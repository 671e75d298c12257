package app.kindred.clinic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Ten one-time codes for when the authenticator app is lost. Each is 10 characters from an
 * alphabet without look-alikes (about 50 bits), written {@code xxxxx-xxxxx}; only a SHA-256 of it
 * is stored. Callers hold the transaction.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;

    private final RecoveryCodeRepository codes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(RecoveryCodeRepository codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** Replaces all codes of the clinician and returns the new ones, the only time they are seen. */
    List<String> replace(long clinicianId) {
        codes.deleteAllOfClinician(clinicianId);
        List<String> fresh = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            code.insert(LENGTH / 2, '-');
            fresh.add(code.toString());
            codes.save(new RecoveryCode(clinicianId, hash(code.toString()), clock.instant()));
        }
        return List.copyOf(fresh);
    }

    /** Uses up the code if it is one of the clinician's unused ones. */
    boolean use(long clinicianId, String typed) {
        return codes.findByClinicianIdAndCodeHashAndUsedAtIsNull(clinicianId, hash(typed)).map(code -> {
            code.use(clock.instant());
            return true;
        }).orElse(false);
    }

    long remaining(long clinicianId) {
        return codes.countByClinicianIdAndUsedAtIsNull(clinicianId);
    }

    void removeAll(long clinicianId) {
        codes.deleteAllOfClinician(clinicianId);
    }

    /** Hash of the code as typed, ignoring case, spaces and dashes. */
    static String hash(String code) {
        String normal = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
