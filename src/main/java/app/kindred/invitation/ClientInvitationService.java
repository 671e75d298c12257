package app.kindred.invitation;

import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicService;
import app.kindred.couple.CoupleService;
import app.kindred.questionnaire.DraftService;
import app.kindred.questionnaire.ResponseService;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
    private final Clock clock;
    private final TransactionTemplate tx;

    ClientInvitationService(InvitationRepository invitations, DraftService drafts, ResponseService responses,
            TherapySessionService sessions, CoupleService couples, ClinicService clinics, AuditService audit,
            Clock clock, PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.drafts = drafts;
        this.responses = responses;
        this.sessions = sessions;
        this.couples = couples;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Opens the link: marks a pending invitation opened, an overdue one expired. */
    public ClientLink open(String token) {
        return tx.execute(status -> find(token).map(this::openInvitation).orElse(ClientLink.closed(LinkState.UNKNOWN)));
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
     * ({@code InvalidAnswersException}); two tabs submitting at once end with one response.
     */
    public SubmitOutcome submit(String token) {
        try {
            return tx.execute(status -> {
                Optional<Invitation> found = find(token);
                if (found.isEmpty()) {
                    return SubmitOutcome.LINK_CLOSED;
                }
                Invitation invitation = found.get();
                if (invitation.getStatus() == InvitationStatus.COMPLETED) {
                    return SubmitOutcome.ALREADY_SUBMITTED;
                }
                if (!invitation.isUsableAt(clock.instant())) {
                    return SubmitOutcome.LINK_CLOSED;
                }
                Map<String, Integer> answers = drafts.answersSoFar(invitation.getId());
                responses.record(invitation.getId(), invitation.getSessionId(), invitation.getPartnerId(), answers);
                invitation.markCompleted(clock.instant());
                invitations.flush();
                drafts.discard(invitation.getId());
                long coupleId = sessions.sessionForInvitation(invitation.getSessionId()).coupleId();
                audit.record(couples.clinicOfInvitedCouple(coupleId), "client", "RESPONSE_SUBMITTED", "COUPLE",
                        coupleId, "invitation " + invitation.getId());
                return SubmitOutcome.SUBMITTED;
            });
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            return SubmitOutcome.ALREADY_SUBMITTED;
        }
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

    private <T> T withOpenInvitation(String token, java.util.function.Function<Invitation, T> action) {
        return tx.execute(status -> {
            Invitation invitation = find(token).filter(i -> i.isUsableAt(clock.instant()))
                    .orElseThrow(() -> new LinkClosedException());
            return action.apply(invitation);
        });
    }

    private Optional<Invitation> find(String token) {
        return InvitationToken.looksValid(token) ? invitations.findByTokenHash(InvitationToken.hash(token))
                : Optional.empty();
    }
}
