package app.kindred.clinic;

import app.kindred.audit.AuditService;
import app.kindred.security.totp.QrCode;
import app.kindred.security.totp.Totp;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Setting up and checking two-factor sign-in for one clinician, whoever asks: the account page
 * for a signed-in user, the second sign-in step for one who must enrol first. Callers hold the
 * transaction and the row lock on the clinician.
 */
@Component
class TotpEnrolment {

    static final String ISSUER = "Kindred";
    private static final int QR_PIXELS = 240;

    private final Totp totp;
    private final RecoveryCodes recoveryCodes;
    private final AuditService audit;

    TotpEnrolment(Totp totp, RecoveryCodes recoveryCodes, AuditService audit) {
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
    }

    /** A new secret, stored (encrypted) but not in force until a first code confirms it. */
    TwoFactorSetup begin(Clinician clinician) {
        if (clinician.isTotpEnabled()) {
            throw new IllegalStateException("Two-factor sign-in is already on for this account");
        }
        String secret = totp.newSecret();
        clinician.setTotp(secret, false);
        String uri = Totp.otpauthUri(ISSUER, clinician.getUsername(), secret);
        return new TwoFactorSetup(QrCode.pngDataUri(uri, QR_PIXELS), secret.replaceAll("(.{4})(?!$)", "$1 "));
    }

    /** The first right code turns it on; returns the ten recovery codes, the only time they are shown. */
    Optional<List<String>> confirm(Clinician clinician, String code) {
        if (clinician.isTotpEnabled() || clinician.getTotpSecret() == null) {
            return Optional.empty();
        }
        OptionalLong step = totp.match(clinician.getTotpSecret(), code, Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        clinician.confirmTotp(step.getAsLong());
        audit.record(clinician.getClinicId(), clinician.getUsername(), "TWO_FACTOR_ENABLED", "CLINICIAN",
                clinician.getId(), null);
        return Optional.of(recoveryCodes.replace(clinician.getId()));
    }

    /** A code from the app or an unused recovery code; either is used up by a successful check. */
    boolean verify(Clinician clinician, String codeOrRecoveryCode) {
        if (!clinician.isTotpEnabled() || codeOrRecoveryCode == null) {
            return false;
        }
        OptionalLong step = totp.match(clinician.getTotpSecret(), codeOrRecoveryCode, clinician.getTotpLastStep());
        if (step.isPresent()) {
            clinician.acceptTotpStep(step.getAsLong());
            return true;
        }
        if (recoveryCodes.use(clinician.getId(), codeOrRecoveryCode)) {
            audit.record(clinician.getClinicId(), clinician.getUsername(), "RECOVERY_CODE_USED", "CLINICIAN",
                    clinician.getId(), recoveryCodes.remaining(clinician.getId()) + " left");
            return true;
        }
        return false;
    }

    void turnOff(Clinician clinician) {
        forget(clinician);
        audit.record(clinician.getClinicId(), clinician.getUsername(), "TWO_FACTOR_DISABLED", "CLINICIAN",
                clinician.getId(), null);
    }

    /** Drops the secret and every recovery code; the caller audits who did it and why. */
    void forget(Clinician clinician) {
        clinician.setTotp(null, false);
        recoveryCodes.removeAll(clinician.getId());
    }

    List<String> newRecoveryCodes(Clinician clinician) {
        audit.record(clinician.getClinicId(), clinician.getUsername(), "RECOVERY_CODES_REPLACED", "CLINICIAN",
                clinician.getId(), null);
        return recoveryCodes.replace(clinician.getId());
    }

    long recoveryCodesLeft(Clinician clinician) {
        return recoveryCodes.remaining(clinician.getId());
    }
}
