package app.kindred.therapysession;

import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions of a couple the caller may see; every method checks the couple first. */
@Service
public class TherapySessionService {

    private final TherapySessionRepository sessions;
    private final CoupleService couples;
    private final AuditService audit;
    private final Clock clock;

    TherapySessionService(TherapySessionRepository sessions, CoupleService couples, AuditService audit, Clock clock) {
        this.sessions = sessions;
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public List<SessionSummary> sessionsOf(long coupleId) {
        couples.requireAccessible(coupleId);
        return sessions.findByCoupleIdOrderByNumber(coupleId).stream().map(SessionSummary::of).toList();
    }

    /** For background work with no signed-in user; never from a view (see ArchitectureTest). */
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsOfForSystem(long coupleId) {
        return sessions.findByCoupleIdOrderByNumber(coupleId).stream().map(SessionSummary::of).toList();
    }

    /** Number and kind suggested for the next session: the first is an intake. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public int suggestNextNumber(long coupleId) {
        couples.requireAccessible(coupleId);
        return sessions.highestNumber(coupleId) + 1;
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public SessionSummary addSession(long coupleId, int number, LocalDate date, SessionKind kind) {
        couples.requireAccessible(coupleId);
        Objects.requireNonNull(date, "Choose the session date");
        if (number < 1) {
            throw new IllegalArgumentException("A session number starts at 1.");
        }
        if (sessions.existsByCoupleIdAndNumber(coupleId, number)) {
            throw new IllegalArgumentException("Session " + number + " already exists for this couple.");
        }
        TherapySession session = sessions.save(new TherapySession(coupleId, number, date,
                kind == null ? SessionKind.REGULAR : kind, clock.instant()));
        KindredUser user = CurrentUser.require();
        audit.record(user.clinicId(), user.getUsername(), "SESSION_ADDED", "COUPLE", coupleId, "session " + number);
        return SessionSummary.of(session);
    }

    /** The session if the caller may work with its couple; otherwise the couple's "not found". */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public SessionSummary requireAccessible(long sessionId) {
        TherapySession session = sessions.findById(sessionId).orElseThrow(CoupleNotFoundException::new);
        couples.requireAccessible(session.getCoupleId());
        return SessionSummary.of(session);
    }

    /** For anonymous callers that hold a valid invitation: the session behind it, no access check. */
    @Transactional(readOnly = true)
    public SessionSummary sessionForInvitation(long sessionId) {
        return SessionSummary.of(sessions.findById(sessionId).orElseThrow());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public long countInCaseload() {
        KindredUser user = CurrentUser.require();
        return user.isAdmin() ? sessions.countInClinic(user.clinicId())
                : sessions.countInCaseload(user.clinicId(), user.clinicianId());
    }
}
