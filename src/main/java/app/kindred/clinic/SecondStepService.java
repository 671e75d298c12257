package app.kindred.clinic;

import app.kindred.security.PendingSignIn;
import app.kindred.security.SecondFactorGate.Step;
import app.kindred.security.SignInCompletion;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second sign-in step, for a session whose password was right ({@link PendingSignIn}). The
 * account always comes from that session, never from the caller, and the session only becomes
 * signed in here, after a right code.
 */
@Service
public class SecondStepService {

    private final ClinicianRepository clinicians;
    private final TotpEnrolment enrolment;
    private final SignInGuard guard;
    private final SignInCompletion completion;
    private final Clock clock;

    SecondStepService(ClinicianRepository clinicians, TotpEnrolment enrolment, SignInGuard guard,
            SignInCompletion completion, Clock clock) {
        this.clinicians = clinicians;
        this.enrolment = enrolment;
        this.guard = guard;
        this.completion = completion;
        this.clock = clock;
    }

    /** What the waiting session must do, or empty when no sign-in is waiting. */
    public Optional<Step> pendingStep() {
        return PendingSignIn.find().map(PendingSignIn::step);
    }

    /** A code from the app or a recovery code. A wrong one counts towards the lockout. */
    @Transactional
    public Result verify(String codeOrRecoveryCode) {
        Clinician clinician = pendingAccount(Step.CODE);
        if (clinician.isLockedAt(clock.instant()) || !clinician.isActive()) {
            guard.recordFailure(clinician.getUsername(), "second step refused");
            completion.abandon();
            return Result.LOCKED;
        }
        if (enrolment.verify(clinician, codeOrRecoveryCode)) {
            return Result.signedIn(completion.complete());
        }
        guard.recordFailure(clinician.getUsername(), "wrong two-factor code");
        if (clinician.isLockedAt(clock.instant())) {
            completion.abandon();
            return Result.LOCKED;
        }
        return Result.WRONG_CODE;
    }

    /** For a clinic that requires two-factor sign-in, before the first sign-in is complete. */
    @Transactional
    public TwoFactorSetup beginEnrolment() {
        return enrolment.begin(pendingAccount(Step.ENROL));
    }

    /** The first right code turns two-factor sign-in on and completes the sign-in. */
    @Transactional
    public Optional<Enrolled> confirmEnrolment(String code) {
        Clinician clinician = pendingAccount(Step.ENROL);
        return enrolment.confirm(clinician, code).map(codes -> new Enrolled(codes, completion.complete()));
    }

    private Clinician pendingAccount(Step expected) {
        PendingSignIn pending = PendingSignIn.require();
        if (pending.step() != expected) {
            throw new IllegalStateException("This sign-in is waiting for " + pending.step() + ", not " + expected);
        }
        return clinicians.lockById(pending.user().clinicianId()).orElseThrow();
    }

    /** {@code targetPath} is set only when signed in: the page to open with a full page load. */
    public record Result(Status status, String targetPath) {

        static final Result WRONG_CODE = new Result(Status.WRONG_CODE, null);
        static final Result LOCKED = new Result(Status.LOCKED, null);

        static Result signedIn(String targetPath) {
            return new Result(Status.SIGNED_IN, targetPath);
        }
    }

    public enum Status {
        SIGNED_IN, WRONG_CODE, LOCKED
    }

    public record Enrolled(List<String> recoveryCodes, String targetPath) {
    }
}
