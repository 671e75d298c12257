package app.kindred.clinic;

import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import app.kindred.security.PasswordPolicy;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a clinic admin does to the clinic's accounts; every change is audited. */
@Service
public class ClinicianAdminService {

    private final ClinicianRepository clinicians;
    private final ClinicianService accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditService audit;
    private final TotpEnrolment twoFactor;

    ClinicianAdminService(ClinicianRepository clinicians, ClinicianService accounts, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, AuditService audit, TotpEnrolment twoFactor) {
        this.clinicians = clinicians;
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
    }

    /** An admin adds a clinician with a temporary password that must be changed at first sign-in. */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public long createClinician(String username, String displayName, String temporaryPassword, ClinicianRole role) {
        KindredUser admin = CurrentUser.require();
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,100}")) {
            throw new IllegalArgumentException("Use 3 to 100 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (clinicians.existsByUsername(name)) {
            throw new IllegalArgumentException("This username is taken.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Enter the clinician's name.");
        }
        passwordPolicy.problemWith(temporaryPassword, name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return accounts.createAccount(admin.clinicId(), name, displayName.trim(), temporaryPassword, role, true);
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public ClinicianSummary setActive(long clinicianId, boolean active) {
        Clinician clinician = inAdminsClinic(clinicianId);
        if (!active && clinician.getId() == CurrentUser.require().clinicianId()) {
            throw new IllegalArgumentException("You cannot deactivate your own account.");
        }
        clinician.setActive(active);
        auditAdmin(active ? "CLINICIAN_ACTIVATED" : "CLINICIAN_DEACTIVATED", clinician, null);
        return ClinicianService.toSummary(clinician);
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public void resetPassword(long clinicianId, String temporaryPassword) {
        Clinician clinician = inAdminsClinic(clinicianId);
        passwordPolicy.problemWith(temporaryPassword, clinician.getUsername()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        clinician.changePassword(passwordEncoder.encode(temporaryPassword), true);
        clinician.recordSuccessfulSignIn();
        auditAdmin("PASSWORD_RESET", clinician, null);
    }

    /**
     * For a clinician who lost the phone and the recovery codes: two-factor sign-in goes off (or,
     * where the clinic requires it, is set up again at the next sign-in). Only an admin of the
     * same clinic, and never on the admin's own account, so one stolen session cannot drop it.
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public ClinicianSummary resetTwoFactor(long clinicianId) {
        Clinician clinician = inAdminsClinic(clinicianId);
        if (clinician.getId() == CurrentUser.require().clinicianId()) {
            throw new IllegalArgumentException("Turn off your own two-factor sign-in from your account page.");
        }
        if (!clinician.isTotpEnabled()) {
            throw new IllegalArgumentException(clinician.getDisplayName() + " has no two-factor sign-in to reset.");
        }
        twoFactor.forget(clinician);
        auditAdmin("TWO_FACTOR_RESET", clinician, null);
        return ClinicianService.toSummary(clinician);
    }

    /** Ends the 15-minute lock after repeated failed sign-ins now, e.g. once the admin has spoken to the person. */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public ClinicianSummary unlock(long clinicianId) {
        Clinician clinician = inAdminsClinic(clinicianId);
        clinician.recordSuccessfulSignIn();
        auditAdmin("ACCOUNT_UNLOCKED", clinician, null);
        return ClinicianService.toSummary(clinician);
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public ClinicianSummary changeRole(long clinicianId, ClinicianRole role) {
        Clinician clinician = inAdminsClinic(clinicianId);
        if (clinician.getId() == CurrentUser.require().clinicianId() && role != ClinicianRole.CLINIC_ADMIN) {
            throw new IllegalArgumentException("You cannot remove your own admin role.");
        }
        clinician.setRole(role);
        auditAdmin("CLINICIAN_ROLE_CHANGED", clinician, role.name());
        return ClinicianService.toSummary(clinician);
    }

    private Clinician inAdminsClinic(long clinicianId) {
        long clinicId = CurrentUser.require().clinicId();
        return clinicians.findById(clinicianId).filter(c -> c.getClinicId() == clinicId)
                .orElseThrow(() -> new IllegalArgumentException("This clinician was not found."));
    }

    private void auditAdmin(String action, Clinician clinician, String details) {
        KindredUser admin = CurrentUser.require();
        audit.record(admin.clinicId(), admin.getUsername(), action, "CLINICIAN", clinician.getId(),
                details == null ? clinician.getUsername() : clinician.getUsername() + ": " + details);
    }

}
