package app.kindred.invitation;

import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicService;
import app.kindred.couple.CoupleService;
import app.kindred.questionnaire.DraftService;
import app.kindred.questionnaire.IncompleteQuestionnaireException;
import app.kindred.questionnaire.ResponseService;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client's side of an invitation link, with no account: the token is the only credential,
 * and it opens exactly one questionnaire until that questionnaire is submitted.
 */
@Service
public class ClientInvitationService {

    private final InvitationRepository invitations;
    private final DraftService drafts;
    private final ResponseService responses;
    private final TherapySessionService sessions;
    private final CoupleService couples;
    private final ClinicService clinics;
    private final AuditService audit;
    private final BadTokenLimiter limiter;
    private final Clock clock;
    private final TransactionTemplate tx;

    ClientInvitationService(InvitationRepository invitations, DraftService drafts, ResponseService responses,
            TherapySessionService sessions, CoupleService couples, ClinicService clinics, AuditService audit,
            BadTokenLimiter limiter, Clock clock, PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.drafts = drafts;
        this.responses = responses;
        this.sessions = sessions;
        this.couples = couples;
        this.clinics = clinics;
        this.audit = audit;
        this.limiter = limiter;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Opens the link: marks a pending invitation opened, an overdue one expired. Unknown links count
     * against the client's address; past the limit nothing is looked up for a minute.
     */
    public ClientLink open(String token, String clientAddress) {
        if (limiter.isBlocked(clientAddress)) {
            return ClientLink.closed(LinkState.RATE_LIMITED);
        }
        Optional<ClientLink> link = tx.execute(status -> find(token).map(this::openInvitation));
        if (link.isEmpty()) {
            limiter.recordFailure(clientAddress);
        }
        return link.orElse(ClientLink.closed(LinkState.UNKNOWN));
    }

    public Map<String, Integer> answersSoFar(String token) {
        return withOpenInvitation(token, invitation -> drafts.answersSoFar(invitation.getId()));
    }

    /** Saves one answer at once, so nothing is lost when the phone is closed. */
    public void saveAnswer(String token, String itemCode, int value) {
        withOpenInvitation(token, invitation -> {
            drafts.saveAnswer(invitation.getId(), itemCode, value);
            return null;
        });
    }

    /**
     * Turns the draft into the response. Refuses an incomplete draft with the missing items named
     * ({@link IncompleteQuestionnaireException}). Two tabs submitting at once end with one response:
     * the invitation row is locked first, and the response's unique key backs that up.
     */
    public SubmitOutcome submit(String token) {
        try {
            return tx.execute(status -> find(token, true).map(this::submitLocked).orElse(SubmitOutcome.LINK_CLOSED));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            boolean otherWon = tx.execute(status -> find(token)
                    .map(i -> i.getStatus() == InvitationStatus.COMPLETED).orElse(false));
            if (otherWon) {
                return SubmitOutcome.ALREADY_SUBMITTED;
            }
            throw raced;
        }
    }

    private SubmitOutcome submitLocked(Invitation invitation) {
        if (invitation.getStatus() == InvitationStatus.COMPLETED) {
            return SubmitOutcome.ALREADY_SUBMITTED;
        }
        Instant now = clock.instant();
        if (!invitation.isUsableAt(now)) {
            return SubmitOutcome.LINK_CLOSED;
        }
        Map<String, Integer> answers = drafts.answersSoFar(invitation.getId());
        responses.record(invitation.getId(), invitation.getSessionId(), invitation.getPartnerId(), answers);
        invitation.markCompleted(now);
        invitations.flush();
        drafts.discard(invitation.getId());
        long coupleId = sessions.sessionForInvitation(invitation.getSessionId()).coupleId();
        audit.record(couples.clinicOfInvitedCouple(coupleId), "client", "RESPONSE_SUBMITTED", "COUPLE", coupleId,
                "invitation " + invitation.getId());
        return SubmitOutcome.SUBMITTED;
    }

    private ClientLink openInvitation(Invitation invitation) {
        Instant now = clock.instant();
        if (invitation.getStatus().isLive() && !now.isBefore(invitation.getExpiresAt())) {
            invitation.expire(now);
        }
        return switch (invitation.getStatus()) {
            case COMPLETED -> ClientLink.closed(LinkState.COMPLETED);
            case REVOKED -> ClientLink.closed(LinkState.REVOKED);
            case EXPIRED -> ClientLink.closed(LinkState.EXPIRED);
            case PENDING, OPENED -> {
                invitation.markOpened(now);
                long coupleId = sessions.sessionForInvitation(invitation.getSessionId()).coupleId();
                String clinicName = clinics.summaryOf(couples.clinicOfInvitedCouple(coupleId)).name();
                yield new ClientLink(LinkState.OPEN, invitation.getId(), clinicName, invitation.getExpiresAt());
            }
        };
    }

    private <T> T withOpenInvitation(String token, Function<Invitation, T> action) {
        return tx.execute(status -> {
            Invitation invitation = find(token).filter(i -> i.isUsableAt(clock.instant()))
                    .orElseThrow(LinkClosedException::new);
            return action.apply(invitation);
        });
    }

    private Optional<Invitation> find(String token) {
        return find(token, false);
    }

    private Optional<Invitation> find(String token, boolean lock) {
        if (!InvitationToken.looksValid(token)) {
            return Optional.empty();
        }
        String hash = InvitationToken.hash(token);
        return lock ? invitations.lockByAnyTokenHash(hash) : invitations.findByAnyTokenHash(hash);
    }
}
