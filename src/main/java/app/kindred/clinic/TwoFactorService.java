package app.kindred.clinic;

import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two-factor sign-in of the signed-in clinician's own account (the account page). */
@Service
public class TwoFactorService {

    private final ClinicianRepository clinicians;
    private final ClinicRepository clinics;
    private final TotpEnrolment enrolment;

    TwoFactorService(ClinicianRepository clinicians, ClinicRepository clinics, TotpEnrolment enrolment) {
        this.clinicians = clinicians;
        this.clinics = clinics;
        this.enrolment = enrolment;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public TwoFactorStatus status() {
        Clinician me = clinicians.findById(CurrentUser.require().clinicianId()).orElseThrow();
        boolean required = clinics.findById(me.getClinicId()).map(Clinic::isRequireTotp).orElse(false);
        return new TwoFactorStatus(me.isTotpEnabled(), required, me.isTotpEnabled() ? enrolment.recoveryCodesLeft(me) : 0);
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public TwoFactorSetup beginSetup() {
        return enrolment.begin(me());
    }

    /** Empty when the code is not right (yet); otherwise the recovery codes to show once. */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public Optional<List<String>> confirmSetup(String code) {
        return enrolment.confirm(me(), code);
    }

    /** Needs a current code (or a recovery code); refused while the clinic requires two-factor sign-in. */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public boolean turnOff(String codeOrRecoveryCode) {
        Clinician me = me();
        if (clinics.findById(me.getClinicId()).map(Clinic::isRequireTotp).orElse(false)) {
            throw new IllegalStateException("Your clinic requires two-factor sign-in.");
        }
        if (!enrolment.verify(me, codeOrRecoveryCode)) {
            return false;
        }
        enrolment.turnOff(me);
        return true;
    }

    /** Ten new recovery codes; the old ones stop working. */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public List<String> newRecoveryCodes() {
        Clinician me = me();
        if (!me.isTotpEnabled()) {
            throw new IllegalStateException("Two-factor sign-in is off");
        }
        return enrolment.newRecoveryCodes(me);
    }

    private Clinician me() {
        return clinicians.lockById(CurrentUser.require().clinicianId()).orElseThrow();
    }

    public record TwoFactorStatus(boolean enabled, boolean requiredByClinic, long recoveryCodesLeft) {
    }
}
