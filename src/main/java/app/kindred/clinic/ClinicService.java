package app.kindred.clinic;

import app.kindred.audit.AuditService;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own clinic; a clinic is never looked up by another clinic's staff. */
@Service
public class ClinicService {

    private final ClinicRepository clinics;
    private final AuditService audit;
    private final Clock clock;

    ClinicService(ClinicRepository clinics, AuditService audit, Clock clock) {
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public ClinicSummary myClinic() {
        return summaryOf(CurrentUser.require().clinicId());
    }

    /** For pages that have no signed-in user but a trusted clinic id (an invitation's). */
    @Transactional(readOnly = true)
    public ClinicSummary summaryOf(long clinicId) {
        Clinic clinic = clinics.findById(clinicId).orElseThrow();
        return new ClinicSummary(clinic.getId(), clinic.getName(), clinic.getTimezone(), clinic.isRequireTotp());
    }

    /**
     * Whether everyone in the admin's clinic must sign in with a second factor. Those without one
     * are asked to set it up at their next sign-in; sessions already open are not ended.
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public void setRequireTotp(boolean required) {
        KindredUser admin = CurrentUser.require();
        Clinic clinic = clinics.findById(admin.clinicId()).orElseThrow();
        if (clinic.isRequireTotp() != required) {
            clinic.setRequireTotp(required);
            audit.record(clinic.getId(), admin.getUsername(), required ? "TWO_FACTOR_REQUIRED" : "TWO_FACTOR_NOT_REQUIRED",
                    "CLINIC", clinic.getId(), null);
        }
    }

    @Transactional(readOnly = true)
    public boolean anyClinicExists() {
        return clinics.count() > 0;
    }

    @Transactional
    public long createClinic(String name, ZoneId timezone) {
        return clinics.save(new Clinic(name, timezone, clock.instant())).getId();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Long> findClinicByName(String name) {
        return clinics.findFirstByName(name).map(Clinic::getId);
    }

    public record ClinicSummary(long id, String name, ZoneId timezone, boolean requireTotp) {
    }
}
