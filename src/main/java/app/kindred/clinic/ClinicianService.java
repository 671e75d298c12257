package app.kindred.clinic;

import app.kindred.audit.AuditService;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import app.kindred.security.PasswordPolicy;
import app.kindred.security.UserSessions;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clinician accounts of the caller's clinic. */
@Service
public class ClinicianService {

    private final ClinicianRepository clinicians;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;
    private final Clock clock;

    ClinicianService(ClinicianRepository clinicians, PasswordEncoder passwordEncoder, AuditService audit,
            PasswordPolicy passwordPolicy, UserSessions sessions, Clock clock) {
        this.clinicians = clinicians;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public List<ClinicianSummary> clinicianList() {
        return clinicians.findByClinicIdOrderByDisplayName(CurrentUser.require().clinicId()).stream()
                .map(ClinicianService::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public Optional<ClinicianSummary> findInMyClinic(long clinicianId) {
        long clinicId = CurrentUser.require().clinicId();
        return clinicians.findById(clinicianId).filter(c -> c.getClinicId() == clinicId).map(ClinicianService::toSummary);
    }

    /**
     * Creates an account without a signed-in caller: the first admin on an empty database and the
     * demo data. Returns the new id.
     */
    @Transactional
    public long createAccount(long clinicId, String username, String displayName, String rawPassword,
            ClinicianRole role, boolean mustChangePassword) {
        Clinician clinician = new Clinician(clinicId, username, displayName, passwordEncoder.encode(rawPassword),
                role, clock.instant());
        clinician.changePassword(clinician.getPasswordHash(), mustChangePassword);
        long id = clinicians.save(clinician).getId();
        audit.record(clinicId, CurrentUser.find().map(KindredUser::getUsername).orElse("system"),
                "CLINICIAN_CREATED", "CLINICIAN", id, username + " as " + role);
        return id;
    }

    /**
     * The caller replaces their own password; the current one proves it is really them. Their
     * other sessions end, so whoever else knew the old password is signed out too.
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        KindredUser user = CurrentUser.require();
        Clinician clinician = clinicians.findById(user.clinicianId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, clinician.getPasswordHash())) {
            throw new IllegalArgumentException("The current password is not right.");
        }
        passwordPolicy.problemWith(newPassword, clinician.getUsername()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (passwordEncoder.matches(newPassword, clinician.getPasswordHash())) {
            throw new IllegalArgumentException("Choose a password different from the current one.");
        }
        clinician.changePassword(passwordEncoder.encode(newPassword), false);
        int ended = sessions.endOtherSessions(user);
        audit.record(user.clinicId(), user.getUsername(), "PASSWORD_CHANGED", "CLINICIAN", clinician.getId(),
                ended == 0 ? null : "other sessions ended: " + ended);
    }

    /** For invitation mail, sent on a clinician's behalf even with no one signed in: the name only. */
    @Transactional(readOnly = true)
    public String displayNameOf(long clinicianId) {
        return clinicians.findById(clinicianId).map(Clinician::getDisplayName).orElseThrow();
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return clinicians.existsByUsername(username);
    }

    static ClinicianSummary toSummary(Clinician c) {
        return new ClinicianSummary(c.getId(), c.getUsername(), c.getDisplayName(), c.getRole(), c.isActive(),
                c.isTotpEnabled(), c.getLockedUntil());
    }

    /**
     * @param lockedUntil when the lock after repeated failed sign-ins ends; null or past when not locked
     */
    public record ClinicianSummary(long id, String username, String displayName, ClinicianRole role,
            boolean active, boolean twoFactorOn, Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }
}
