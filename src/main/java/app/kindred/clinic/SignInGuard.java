package app.kindred.clinic;

import app.kindred.audit.AuditService;
import app.kindred.security.KindredUser;
import app.kindred.security.SecondFactorGate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account side of signing in: counts failures (a password or a second-factor code) and locks
 * an account for 15 minutes at the fifth in a row, audits every failure, and says whether a
 * second factor is still owed. Only a complete sign-in resets the count, so knowing the password
 * alone never buys more guesses at the code.
 */
@Component
class SignInGuard implements SecondFactorGate {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    private static final int MAX_ACTOR_LENGTH = 100;
    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final ClinicianRepository clinicians;
    private final ClinicRepository clinics;
    private final AuditService audit;
    private final Clock clock;

    SignInGuard(ClinicianRepository clinicians, ClinicRepository clinics, AuditService audit, Clock clock) {
        this.clinicians = clinicians;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One failed attempt under the name as typed. Unknown names are audited without a clinic, so
     * nobody's log shows them but the failure is still on record.
     */
    @Transactional
    public void recordFailure(String typedUsername, String reason) {
        String actor = actor(typedUsername);
        Optional<Clinician> account = clinicians.lockByUsername(typedUsername == null ? "" : typedUsername);
        if (account.isEmpty()) {
            audit.recordAlone(null, actor, SIGN_IN_FAILED, null, null, "unknown username");
            return;
        }
        Clinician clinician = account.get();
        Instant now = clock.instant();
        boolean wasLocked = clinician.isLockedAt(now);
        // Attempts during a lock are refused and recorded, but do not make the lock last longer.
        boolean lockedNow = !wasLocked && clinician.recordFailedSignIn(now, MAX_FAILURES, LOCK);
        audit.recordAlone(clinician.getClinicId(), actor, SIGN_IN_FAILED, "CLINICIAN", clinician.getId(),
                wasLocked ? reason + " (account locked)" : reason);
        if (lockedNow) {
            audit.recordAlone(clinician.getClinicId(), actor, "ACCOUNT_LOCKED", "CLINICIAN", clinician.getId(),
                    MAX_FAILURES + " failed sign-ins in a row; locked until " + clinician.getLockedUntil());
        }
    }

    @Transactional(readOnly = true)
    public boolean isLocked(long clinicianId) {
        return clinicians.findById(clinicianId).map(c -> c.isLockedAt(clock.instant())).orElse(true);
    }

    @Override
    @Transactional(readOnly = true)
    public Step stepAfterPassword(KindredUser user) {
        Clinician clinician = clinicians.findById(user.clinicianId()).orElseThrow();
        if (clinician.isTotpEnabled()) {
            return Step.CODE;
        }
        boolean required = clinics.findById(clinician.getClinicId()).map(Clinic::isRequireTotp).orElse(false);
        return required ? Step.ENROL : Step.NONE;
    }

    @Override
    @Transactional
    public void signInCompleted(KindredUser user) {
        clinicians.findById(user.clinicianId()).ifPresent(Clinician::recordSuccessfulSignIn);
        log.info("Signed in: {} (clinic {})", user.getUsername(), user.clinicId());
    }

    /** What was typed, cut to the column; it may be anything, even a password typed in the wrong field. */
    private static String actor(String typedUsername) {
        String typed = typedUsername == null || typedUsername.isBlank() ? "(empty)" : typedUsername.strip();
        return typed.length() <= MAX_ACTOR_LENGTH ? typed : typed.substring(0, MAX_ACTOR_LENGTH);
    }
}
