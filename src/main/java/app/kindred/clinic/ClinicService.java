package app.kindred.clinic;

import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own clinic; a clinic is never looked up by another clinic's staff. */
@Service
public class ClinicService {

    private final ClinicRepository clinics;
    private final Clock clock;

    ClinicService(ClinicRepository clinics, Clock clock) {
        this.clinics = clinics;
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
